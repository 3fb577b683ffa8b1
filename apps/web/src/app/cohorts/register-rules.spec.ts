import { REGISTER } from '@peerpath/web/cohorts/cohort.fixtures';
import { everyonePresent, marksFromRegister, markTally, saveRequest, unmarked, withMark } from '@peerpath/web/cohorts/register-rules';

const entries = REGISTER.entries;

describe('register rules', () => {
  it('starts from the marks already saved', () => {
    const saved = entries.map((entry, i) => ({ ...entry, mark: i === 0 ? ('late' as const) : null }));
    expect(marksFromRegister(saved)).toEqual({ b1: 'late', b2: null, b3: null });
  });

  it('marks everyone present in one go, then an exception can be changed', () => {
    const all = everyonePresent(entries);
    expect(all).toEqual({ b1: 'present', b2: 'present', b3: 'present' });
    const oneAbsent = withMark(all, 'b2', 'absent');
    expect(oneAbsent).toEqual({ b1: 'present', b2: 'absent', b3: 'present' });
    expect(all.b2).toBe('present');
  });

  it('lists who is still unmarked, in register order, and saves nothing until everyone is', () => {
    const partial = withMark(marksFromRegister(entries), 'b2', 'excused');
    expect(unmarked(entries, partial).map((entry) => entry.buddyId)).toEqual(['b1', 'b3']);
    expect(saveRequest(entries, partial)).toBeNull();
  });

  it('builds one mark per buddy for the PUT', () => {
    const marks = withMark(everyonePresent(entries), 'b3', 'late');
    expect(unmarked(entries, marks)).toEqual([]);
    expect(saveRequest(entries, marks)).toEqual({
      marks: [
        { buddyId: 'b1', mark: 'present' },
        { buddyId: 'b2', mark: 'present' },
        { buddyId: 'b3', mark: 'late' },
      ],
    });
  });

  it('tallies the marks in the usual order', () => {
    expect(markTally({ b1: 'absent', b2: 'present', b3: 'present', b4: null })).toBe('2 present, 1 absent');
    expect(markTally({ b1: null })).toBe('');
  });
});
