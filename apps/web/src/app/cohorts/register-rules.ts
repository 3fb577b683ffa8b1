import type { AttendanceMark, RegisterEntry, SaveRegisterRequest } from '@peerpath/contracts';

/** The marks being taken, by buddy id; null until chosen. */
export type RegisterMarks = Readonly<Record<string, AttendanceMark | null>>;

export function marksFromRegister(entries: readonly RegisterEntry[]): RegisterMarks {
  return Object.fromEntries(entries.map((entry) => [entry.buddyId, entry.mark]));
}

/** "Mark everyone present": fills the whole room in one go; exceptions are then changed one by one. */
export function everyonePresent(entries: readonly RegisterEntry[]): RegisterMarks {
  return Object.fromEntries(entries.map((entry) => [entry.buddyId, 'present' as const]));
}

export function withMark(marks: RegisterMarks, buddyId: string, mark: AttendanceMark): RegisterMarks {
  return { ...marks, [buddyId]: mark };
}

/** Everyone still without a mark, in register order: the API wants one for every enrolled buddy. */
export function unmarked(entries: readonly RegisterEntry[], marks: RegisterMarks): RegisterEntry[] {
  return entries.filter((entry) => !marks[entry.buddyId]);
}

/** The PUT body, or null while anyone is unmarked. */
export function saveRequest(entries: readonly RegisterEntry[], marks: RegisterMarks): SaveRegisterRequest | null {
  const result: SaveRegisterRequest['marks'] = [];
  for (const entry of entries) {
    const mark = marks[entry.buddyId];
    if (!mark) return null;
    result.push({ buddyId: entry.buddyId, mark });
  }
  return { marks: result };
}

/** "8 present, 1 late, 1 absent": a summary read back before and after saving. */
export function markTally(marks: RegisterMarks): string {
  const counts = new Map<AttendanceMark, number>();
  for (const mark of Object.values(marks)) if (mark) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  const order: AttendanceMark[] = ['present', 'late', 'absent', 'excused'];
  return order
    .filter((mark) => counts.has(mark))
    .map((mark) => `${counts.get(mark)} ${mark}`)
    .join(', ');
}
