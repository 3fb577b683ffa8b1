import type { RoleAssignmentView } from '@peerpath/contracts';
import { attendanceText, mayCoordinateAt, moduleProgressTag } from '@peerpath/web/buddies/selection-labels';

describe('module progress and attendance wording', () => {
  it('says where a module stands, with the criteria met while in progress', () => {
    expect(moduleProgressTag({ state: 'not_started', met: 0, total: 5 }).text).toBe('Not started');
    expect(moduleProgressTag({ state: 'in_progress', met: 3, total: 5 }).text).toBe('In progress 3 of 5');
    expect(moduleProgressTag({ state: 'complete', met: 5, total: 5 })).toEqual({ text: 'Complete', colour: 'govuk-tag--green' });
  });

  it('gives the attendance rate with what it counts', () => {
    expect(attendanceText({ attended: 0, absent: 0, excused: 0, ratePercent: null })).toBe('No sessions recorded yet');
    expect(attendanceText({ attended: 9, absent: 1, excused: 0, ratePercent: 90 })).toBe('90% (attended 9 of 10 sessions)');
    expect(attendanceText({ attended: 2, absent: 1, excused: 1, ratePercent: 67 })).toBe('67% (attended 2 of 3 sessions, 1 excused)');
  });
});

describe('mayCoordinateAt', () => {
  const coordinator: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
  const auditor: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };
  const admin: RoleAssignmentView = { role: 'admin', scope: 'national', scopeLabel: 'National' };

  it('lets a coordinator act at their own prison only', () => {
    expect(mayCoordinateAt([coordinator], 'EXI')).toBe(true);
    expect(mayCoordinateAt([coordinator], 'DAI')).toBe(false);
  });

  it('never lets auditors or admins change the register', () => {
    expect(mayCoordinateAt([auditor], 'EXI')).toBe(false);
    expect(mayCoordinateAt([admin], 'EXI')).toBe(false);
  });

  it('follows the coordinator role when someone also audits', () => {
    expect(mayCoordinateAt([auditor, coordinator], 'EXI')).toBe(true);
    expect(mayCoordinateAt([auditor, coordinator], 'CWI')).toBe(false);
  });
});
