import { heldDuringTraining, inTraining, trainingStartedOn, trainingStartOf } from './training';

const enrolment = { enrolledOn: '2026-01-05', cohortStartsOn: '2026-02-16', cohortEndsOn: '2026-05-08', withdrawnOn: null as string | null };

describe('training dates', () => {
  it('starts training when the cohort starts, not on the day of enrolment', () => {
    expect(trainingStartOf(enrolment, '2026-02-15')).toBeNull();
    expect(trainingStartOf(enrolment, '2026-02-16')).toBe('2026-02-16');
  });
  it('starts late joiners on the day they joined', () => {
    expect(trainingStartOf({ ...enrolment, enrolledOn: '2026-03-02' }, '2026-04-01')).toBe('2026-03-02');
  });
  it('never starts for someone withdrawn before the cohort began', () => {
    expect(trainingStartOf({ ...enrolment, withdrawnOn: '2026-02-01' }, '2026-04-01')).toBeNull();
    expect(trainingStartOf({ ...enrolment, withdrawnOn: '2026-02-16' }, '2026-04-01')).toBe('2026-02-16');
  });
  it('takes the earliest start over every enrolment', () => {
    expect(trainingStartedOn([{ ...enrolment, cohortStartsOn: '2026-06-01' }, enrolment], '2026-07-01')).toBe('2026-02-16');
    expect(trainingStartedOn([], '2026-07-01')).toBeNull();
  });
  it('counts a supervision during training from its start to the cohort end or withdrawal', () => {
    expect(heldDuringTraining('2026-02-15', enrolment)).toBe(false);
    expect(heldDuringTraining('2026-02-16', enrolment)).toBe(true);
    expect(heldDuringTraining('2026-05-08', enrolment)).toBe(true);
    expect(heldDuringTraining('2026-05-09', enrolment)).toBe(false);
    expect(heldDuringTraining('2026-03-10', { ...enrolment, withdrawnOn: '2026-03-09' })).toBe(false);
  });
  it('is in training only on an active place in a running cohort', () => {
    expect(inTraining('active', 'running')).toBe(true);
    expect(inTraining('active', 'planned')).toBe(false);
    expect(inTraining('active', 'finished')).toBe(false);
    expect(inTraining('withdrawn', 'running')).toBe(false);
  });
});
