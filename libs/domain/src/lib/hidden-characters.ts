/**
 * Characters that change how text shows without showing themselves: a right-to-left override
 * can make "Sam Jones" print as "senoJ maS", a zero-width space makes two names that look the
 * same differ. Refused, never stripped: the person sees what they sent was not kept as typed.
 */

/** Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): never wanted anywhere. */
const DIRECTION_CHANGING = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * In names and codes, also every invisible character: soft hyphen, Arabic letter mark,
 * Mongolian vowel separator, zero-width space/joiners and direction marks (U+200B–U+200F),
 * word joiner and invisible operators (U+2060–U+2064), and the byte-order mark (U+FEFF).
 */
const HIDDEN_IN_NAMES = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * Names and codes ("name") refuse every hidden character; free text ("text": notes, reasons)
 * refuses only the direction-changing ones, as zero-width joiners and direction marks are
 * part of writing some languages and emoji correctly.
 */
export type HiddenCharacterRule = 'name' | 'text';

export function hasHiddenCharacters(value: string, rule: HiddenCharacterRule = 'name'): boolean {
  return (rule === 'name' ? HIDDEN_IN_NAMES : DIRECTION_CHANGING).test(value);
}

export const hiddenCharactersMessage = (label: string, rule: HiddenCharacterRule = 'name') =>
  rule === 'name' ? `${label} must not contain hidden or direction-changing characters` : `${label} must not contain direction-changing characters`;
