import { certificateProblem, hoursText, supportTag, tasksText } from '@peerpath/web/allocation/allocation-labels';

describe('allocation labels', () => {
  it('writes hours a week', () => {
    expect(hoursText(1)).toBe('1 hour');
    expect(hoursText(6)).toBe('6 hours');
    expect(hoursText(2.5)).toBe('2.5 hours');
  });

  it('names tasks in words', () => {
    expect(tasksText(['wheelchair_assistance', 'reading_writing'])).toEqual(['Pushing a wheelchair', 'Reading and writing (applications, menus)']);
  });

  it('says who is waiting for support and who has it', () => {
    expect(supportTag({ activeAllocations: 0 })).toEqual({ text: 'Waiting for support', colour: 'govuk-tag--yellow' });
    expect(supportTag({ activeAllocations: 1 }).text).toBe('Supported by 1 buddy');
    expect(supportTag({ activeAllocations: 2 }).text).toBe('Supported by 2 buddies');
  });

  it("says what is wrong with the buddy's certificate", () => {
    expect(certificateProblem({ certificateStatus: 'suspended', certificateNumber: 'PP-EXI-2026-00003' }).text).toBe('Certificate PP-EXI-2026-00003 is suspended');
    expect(certificateProblem({ certificateStatus: 'revoked', certificateNumber: 'PP-EXI-2026-00003' }).text).toBe('Certificate PP-EXI-2026-00003 has been revoked');
    expect(certificateProblem({ certificateStatus: 'expired', certificateNumber: 'PP-EXI-2024-00001' }).text).toBe('Certificate PP-EXI-2024-00001 has expired');
    expect(certificateProblem({ certificateStatus: 'none', certificateNumber: null }).text).toBe('The buddy holds no valid certificate');
  });
});
