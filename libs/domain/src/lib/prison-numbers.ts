/** Prisoner numbers: one letter, four digits, two letters, e.g. A1234BC (BRIEF: data and identifiers). */
const PRISON_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;

export function normalisePrisonNumber(input: string): string {
  return input.trim().toUpperCase();
}

export function isValidPrisonNumber(input: string): boolean {
  return PRISON_NUMBER.test(normalisePrisonNumber(input));
}
