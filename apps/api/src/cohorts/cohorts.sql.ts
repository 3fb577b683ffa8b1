/**
 * Cohort and training rules as SQL: each the one SQL form of a function in libs/domain
 * (cohorts.ts, training.ts), checked against it by rules.integration.spec.ts. Arguments are
 * SQL expressions; dates are `date`.
 */

/** cohortStatus(): planned before it starts, finished after it ends, otherwise running. */
export const cohortStatusSql = (startsOn: string, endsOn: string, today: string) =>
  `(CASE WHEN ${today} < ${startsOn} THEN 'planned' WHEN ${today} > ${endsOn} THEN 'finished' ELSE 'running' END)`;

/** inTraining(): an active place on a running cohort. */
export const inTrainingSql = (enrolmentStatus: string, startsOn: string, endsOn: string, today: string) =>
  `(${enrolmentStatus}::text = 'active' AND ${cohortStatusSql(startsOn, endsOn, today)} = 'running')`;

/** trainingStartOf(): the day one enrolment's training started for the buddy, or null. */
export const trainingStartSql = (enrolledOn: string, startsOn: string, withdrawnOn: string, today: string) => {
  const start = `GREATEST(${enrolledOn}, ${startsOn})`;
  return `(CASE WHEN ${start} > ${today} THEN NULL WHEN ${withdrawnOn} IS NOT NULL AND ${withdrawnOn} < ${start} THEN NULL ELSE ${start} END)`;
};

/** trainingStartedOn(): the earliest start over a buddy's enrolments, as YYYY-MM-DD text or null. */
export const trainingStartedOnSql = (buddyId: string, today: string) => `
  (SELECT to_char(min(${trainingStartSql('e.enrolled_on', 'co.starts_on', 'e.withdrawn_on', today)}), 'YYYY-MM-DD')
     FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE e.buddy_id = ${buddyId})`;

/** heldDuringTraining(): from the day training started for the buddy to the cohort's end or their withdrawal. */
export const heldDuringTrainingSql = (heldOn: string, enrolledOn: string, startsOn: string, endsOn: string, withdrawnOn: string) =>
  `(${heldOn} BETWEEN GREATEST(${enrolledOn}, ${startsOn}) AND COALESCE(${withdrawnOn}, ${endsOn}))`;

/**
 * The buddy holds a place on a cohort of this programme: one place per programme at a time, so
 * they cannot enrol on another until withdrawn (the enrolment rule and the enrol picker share it).
 */
export const activeInProgrammeSql = (buddyId: string, programmeId: string) =>
  `EXISTS (SELECT 1 FROM enrolments e WHERE e.buddy_id = ${buddyId} AND e.programme_id = ${programmeId} AND e.status = 'active')`;
