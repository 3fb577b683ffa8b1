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
    const none = { allocationsNeedingAttention: 0, waitingSince: null };
    expect(supportTag({ ...none, activeAllocations: 0 })).toEqual({ text: 'Waiting for support', colour: 'govuk-tag--yellow' });
    expect(supportTag({ activeAllocations: 0, allocationsNeedingAttention: 0, waitingSince: '2026-03-03' }).text).toBe('Waiting since 3 March 2026');
    expect(supportTag({ ...none, activeAllocations: 1 }).text).toBe('Supported by 1 buddy');
    expect(supportTag({ ...none, activeAllocations: 2 }).text).toBe('Supported by 2 buddies');
  });

  it('flags someone whose buddies no longer hold a valid certificate', () => {
    expect(supportTag({ activeAllocations: 1, allocationsNeedingAttention: 1, waitingSince: null })).toEqual({ text: 'Their buddy’s certificate is no longer valid', colour: 'govuk-tag--red' });
    expect(supportTag({ activeAllocations: 2, allocationsNeedingAttention: 1, waitingSince: null }).text).toBe('Supported by 2 buddies, 1 with a certificate no longer valid');
  });

  it("says what is wrong with the buddy's certificate", () => {
    expect(certificateProblem({ certificateStatus: 'suspended', certificateNumber: 'PP-EXI-2026-00003' }).text).toBe('Certificate PP-EXI-2026-00003 is suspended');
    expect(certificateProblem({ certificateStatus: 'revoked', certificateNumber: 'PP-EXI-2026-00003' }).text).toBe('Certificate PP-EXI-2026-00003 has been revoked');
    expect(certificateProblem({ certificateStatus: 'expired', certificateNumber: 'PP-EXI-2024-00001' }).text).toBe('Certificate PP-EXI-2024-00001 has expired');
    expect(certificateProblem({ certificateStatus: 'none', certificateNumber: null }).text).toBe('The buddy holds no valid certificate');
  });
});
