import { FormControl, FormGroup } from '@angular/forms';
import type { DatePartsGroup } from '@peerpath/web/govuk/date-input';
import { DateParts, datePartsOf, isoDateOf } from '@peerpath/web/govuk/dates';

/** A date input's boxes, empty or holding an ISO date. */
export function datePartsGroup(iso?: string): DatePartsGroup {
  const parts = iso ? datePartsOf(iso) : { day: '', month: '', year: '' };
  return new FormGroup({
    day: new FormControl(parts.day, { nonNullable: true }),
    month: new FormControl(parts.month, { nonNullable: true }),
    year: new FormControl(parts.year, { nonNullable: true }),
  });
}

/** The date typed, or the GOV.UK message for why not ("Enter the start date", "… must be a real date"). */
export function readDate(parts: DateParts, name: string): { iso: string; error: null } | { iso: null; error: string } {
  const blank = [parts.day, parts.month, parts.year].every((part) => part.trim() === '');
  if (blank) return { iso: null, error: `Enter ${name}` };
  const iso = isoDateOf(parts);
  if (iso) return { iso, error: null };
  return { iso: null, error: `${name.charAt(0).toUpperCase()}${name.slice(1)} must be a real date` };
}

/**
 * Maps an API field path to the element id the error summary should link to: exact names first,
 * then the top-level field ("decisions.0.criterionId" → "decisions"); unlinked when unknown.
 */
export function fieldIdsFrom(targets: Readonly<Record<string, string>>): (path: string) => string | null {
  return (path) => targets[path] ?? targets[path.split(/[.[]/)[0]] ?? null;
}
