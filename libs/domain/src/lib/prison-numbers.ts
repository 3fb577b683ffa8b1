/** Prisoner numbers: one letter, four digits, two letters, e.g. A1234BC (BRIEF: data and identifiers). */
export const PRISON_NUMBER_PATTERN = /^[A-Z]\d{4}[A-Z]{2}$/;

export function normalisePrisonNumber(input: string): string {
  return input.trim().toUpperCase();
}

export function isValidPrisonNumber(input: string): boolean {
  return PRISON_NUMBER_PATTERN.test(normalisePrisonNumber(input));
}
