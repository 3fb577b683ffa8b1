import type { RoleName } from '@peerpath/contracts';
import { navItemsFor } from '@peerpath/web/layout/navigation';

const labelsFor = (roles: RoleName[]) => navItemsFor(roles).map((item) => item.label);

describe('navItemsFor', () => {
  it('shows only Home to a buddy', () => {
    expect(labelsFor(['buddy'])).toEqual(['Home']);
  });

  it('shows a trainer their own cohorts, labelled as theirs, and the programmes', () => {
    expect(labelsFor(['trainer'])).toEqual(['Home', 'My cohorts', 'Programmes']);
  });

  it('shows a coordinator buddies, recipients, supervision, concerns, cohorts, programmes, prisons and monitoring but not staff accounts nor the audit trail', () => {
    expect(labelsFor(['coordinator'])).toEqual(['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring']);
  });

  it('shows an auditor what a coordinator sees, and the audit trail', () => {
    expect(labelsFor(['auditor'])).toEqual(['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring', 'Audit trail']);
  });

  it('shows an admin everything, staff accounts included', () => {
    expect(labelsFor(['admin'])).toEqual(['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring', 'Staff accounts', 'Audit trail']);
  });

  it('combines roles without repeating items; a trainer who also coordinates sees "Cohorts", not only their own', () => {
    expect(labelsFor(['trainer', 'coordinator', 'auditor'])).toEqual(['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring', 'Audit trail']);
  });

  it('shows Home even with no roles', () => {
    expect(labelsFor([])).toEqual(['Home']);
  });
});
