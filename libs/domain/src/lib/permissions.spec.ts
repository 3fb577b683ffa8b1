import type { RoleName } from '@peerpath/contracts';
import { mayDo, PERMISSIONS, type Permission } from './permissions';
import { ROLE_NAMES } from './scope';

const permissions = Object.keys(PERMISSIONS) as Permission[];
const allowedTo = (role: RoleName) => permissions.filter((p) => mayDo(p, [role])).sort();

describe('permissions', () => {
  it.each(permissions)('%s names known roles, each once', (permission) => {
    const roles: readonly RoleName[] = PERMISSIONS[permission];
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => ROLE_NAMES.includes(r))).toBe(true);
    expect(new Set(roles).size).toBe(roles.length);
  });

  // BRIEF: people and what they do. Each role's whole list, so a change to the table shows here as a change of duty.
  it.each<[RoleName, Permission[]]>([
    ['auditor', ['ownAccount', 'overseeCohorts', 'overseePrisons', 'readAuditTrail', 'readBuddies', 'readCohorts', 'readConcerns', 'readMonitoring', 'readPrisons', 'readProgrammes', 'readRecipients', 'readSupervision']],
    ['buddy', ['ownAccount', 'seeOwnProgress']],
    ['trainer', ['assess', 'ownAccount', 'raiseConcerns', 'readCohorts', 'readPrisons', 'readProgrammes', 'runSessions', 'seeAttention']],
    [
      'coordinator',
      [
        'allocate',
        'changeBuddyRecords',
        'changePrisonPolicy',
        'createCohorts',
        'enrol',
        'issueCertificates',
        'overseeCohorts',
        'overseePrisons',
        'ownAccount',
        'raiseConcerns',
        'readBuddies',
        'readCohorts',
        'readConcerns',
        'readMonitoring',
        'readPrisons',
        'readProgrammes',
        'readRecipients',
        'readSupervision',
        'recordOutcomeReviews',
        'reviewConcerns',
        'runSessions',
        'seeAttention',
      ],
    ],
    [
      'admin',
      [
        'changePrisonPolicy',
        'createCohorts',
        'draftProgrammes',
        'manageStaff',
        'overseeCohorts',
        'overseePrisons',
        'ownAccount',
        'raiseConcerns',
        'readAuditTrail',
        'readBuddies',
        'readCohorts',
        'readConcerns',
        'readMonitoring',
        'readPrisons',
        'readProgrammes',
        'readRecipients',
        'readSupervision',
      ],
    ],
  ])('%s may: %j', (role, expected) => {
    expect(allowedTo(role)).toEqual([...expected].sort());
  });

  it('lets an auditor read and change nothing: every permission an auditor holds is a reading one', () => {
    expect(allowedTo('auditor').every((p) => p === 'ownAccount' || p.startsWith('read') || p.startsWith('oversee'))).toBe(true);
  });

  it('keeps the allocation gate and certificates with coordinators alone', () => {
    expect(PERMISSIONS.allocate).toEqual(['coordinator']);
    expect(PERMISSIONS.issueCertificates).toEqual(['coordinator']);
  });

  it('answers for someone holding several roles', () => {
    expect(mayDo('allocate', ['trainer'])).toBe(false);
    expect(mayDo('allocate', ['trainer', 'coordinator'])).toBe(true);
    expect(mayDo('readBuddies', [])).toBe(false);
  });
});
