import { applyDecorators } from '@nestjs/common';
import { hasHiddenCharacters, hiddenCharactersMessage, PRISON_NUMBER_PATTERN, UUID_PATTERN, type HiddenCharacterRule } from '@peerpath/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsString, Length, Matches, Max, Min, ValidateBy } from 'class-validator';

export const DATE_MESSAGE = 'Enter a real date, like 2026-03-03';

/**
 * Surrounding white space, but not the invisible byte-order mark (U+FEFF) that String.trim also
 * removes: that is refused by NoHiddenCharacters, never stripped silently.
 */
const SURROUNDING_SPACE = /^[^\S\uFEFF]+|[^\S\uFEFF]+$/g;
const trim = (value: string) => value.replace(SURROUNDING_SPACE, '');

/** Strips surrounding spaces from a string (other values pass through for the type check to refuse). */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? trim(value) : value));

/** Trims and upper-cases a string, so "a1234bc " and "A1234BC" are the same prison number. */
export const UpperCased = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? trim(value).toUpperCase() : value));

/** A calendar date that exists, written YYYY-MM-DD (2026-02-30 is refused). */
export const IsCalendarDate = (message = DATE_MESSAGE) => applyDecorators(IsISO8601({ strict: true }, { message }), Matches(/^\d{4}-\d{2}-\d{2}$/, { message }));

/** A prisoner number (BRIEF: data and identifiers), accepted in any case and stored upper case. */
export const IsPrisonNumber = () => applyDecorators(UpperCased(), Matches(PRISON_NUMBER_PATTERN, { message: 'Enter a prison number in the format A1234BC' }));

/** A prison's agency code, like EXI. */
export const IsPrisonCode = (message = 'Prison code must be three letters, like EXI') => applyDecorators(UpperCased(), Matches(/^[A-Z]{3}$/, { message }));

/** Trimmed text of 1 to `max` characters, with a message saying what to enter. */
export const IsText = (max: number, message: string) => applyDecorators(Trimmed(), IsString({ message }), Length(1, max, { message }));

/**
 * Refuses characters that hide or turn text round (libs/domain hidden-characters.ts): in names
 * and codes every hidden one, in free text (`rule: 'text'`) the direction-changing ones.
 * `label` names the field in the message: "First name must not contain …". Non-strings pass (the type check refuses them).
 */
export const NoHiddenCharacters = (label: string, rule: HiddenCharacterRule = 'name') =>
  ValidateBy(
    { name: 'noHiddenCharacters', validator: { validate: (value: unknown) => typeof value !== 'string' || !hasHiddenCharacters(value, rule) } },
    { message: hiddenCharactersMessage(label, rule) },
  );

/** A first or last name. */
export const IsPersonName = (which: 'first' | 'last') =>
  applyDecorators(IsText(60, `Enter a ${which} name of up to 60 characters`), NoHiddenCharacters(which === 'first' ? 'First name' : 'Last name'));

/** A record id (UUID) in a body or route. */
export const IsId = (message: string) => Matches(UUID_PATTERN, { message });

/** An optimistic-lock version sent back by the client: a positive 32-bit whole number. */
export const IsVersion = () =>
  applyDecorators(IsInt({ message: 'expectedVersion must be the whole number you loaded' }), Min(1, { message: 'expectedVersion must be at least 1' }), Max(2_147_483_647, { message: 'expectedVersion is too large' }));
