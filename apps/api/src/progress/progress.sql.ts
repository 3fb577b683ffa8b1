/** moduleComplete() from libs/domain as SQL (checked against it by rules.integration.spec.ts): every criterion met. */
export const moduleCompleteSql = (met: string, total: string) => `(${total} > 0 AND ${met} >= ${total})`;

/** moduleProgressState() from libs/domain as SQL: complete, in progress once any decision is recorded, else not started. */
export const moduleProgressStateSql = (met: string, total: string, decided: string) =>
  `(CASE WHEN ${moduleCompleteSql(met, total)} THEN 'complete' WHEN ${decided} > 0 THEN 'in_progress' ELSE 'not_started' END)`;

/** attendanceFigures() as SQL: present and late count as attended. */
export const attendedSql = (mark: string) => `(${mark}::text IN ('present', 'late'))`;

/** attendanceFigures() as SQL: a mark counts towards the rate when attended or absent (excused counts neither way). */
export const attendanceCountedSql = (mark: string) => `(${mark}::text IN ('present', 'late', 'absent'))`;
