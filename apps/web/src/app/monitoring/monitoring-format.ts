import type { FigureUnit, MonitoringCell, MonitoringFigure, MonitoringPeriod } from '@peerpath/contracts';
import { addDays, addMonths, daysBetween, formatDate, prisonTime } from '@peerpath/domain';

/*
 * How the monitoring page writes its numbers: each unit its own way, and a change from the
 * previous period in words, so that nobody has to read an arrow or a colour to know which way
 * a figure went.
 */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const upToOne = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const oneDp = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** What a figure or cell with no value says (the median of no sessions). */
export const NO_FIGURE = 'No figure';

/** The number alone, as the unit writes it: "1,204", "42.5%", "12 days", "3.5 hours", "£1,250.00", "3.6". */
function numberOf(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'count':
      return whole.format(value);
    case 'percent':
      return `${upToOne.format(value)}%`;
    case 'days':
      return `${upToOne.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${oneDp.format(value)} hours`;
    case 'pounds':
      return pounds.format(value);
    case 'score':
      return oneDp.format(value);
  }
}

/** A figure's value in words: scores say what they are out of ("3.6 out of 5"). */
export function formatValue(value: number | null, unit: FigureUnit): string {
  if (value === null) return NO_FIGURE;
  return unit === 'score' ? `${numberOf(value, unit)} out of 5` : numberOf(value, unit);
}

/** A table cell: numbers by their column's unit (a score without "out of 5": the heading says so), text as it is. */
export function formatCell(value: MonitoringCell, unit?: FigureUnit): string {
  if (value === null || value === '') return NO_FIGURE;
  if (typeof value === 'string') return value;
  return unit ? numberOf(value, unit) : whole.format(value);
}

/** The precision each unit is written to, so that a change too small to show reads as no change. */
const STEP: Record<FigureUnit, number> = { count: 1, percent: 0.1, days: 0.1, hours: 0.1, pounds: 0.01, score: 0.1 };

/** The size of a change, in the unit's words: a percentage changes by percentage points. */
function changeOf(difference: number, unit: FigureUnit): string {
  if (unit === 'percent') {
    const points = upToOne.format(difference);
    return `${points} percentage ${difference === 1 ? 'point' : 'points'}`;
  }
  return numberOf(difference, unit);
}

/** "up 3 from 12", "down 2.5 percentage points from 40%", "no change from 12", "no previous figure". */
export function changeInWords(figure: Pick<MonitoringFigure, 'value' | 'previous' | 'unit'>): string {
  const { value, previous, unit } = figure;
  if (previous === null) return 'no previous figure';
  const before = formatValue(previous, unit);
  if (value === null) return `previously ${before}`;
  const step = STEP[unit];
  const difference = Math.round((value - previous) / step) * step;
  if (Math.abs(difference) < step / 2) return `no change from ${before}`;
  return `${difference > 0 ? 'up' : 'down'} ${changeOf(Math.abs(difference), unit)} from ${before}`;
}

/** "the 12 months before", "the month before", "the 30 days before": the previous period, said by its length. */
export function previousPeriodInWords(period: MonitoringPeriod): string {
  const dayAfter = addDays(period.to, 1);
  for (let months = 1; months <= 120; months++) {
    const end = addMonths(period.from, months);
    if (end === dayAfter) return months === 1 ? 'the month before' : `the ${months} months before`;
    if (end > dayAfter) break;
  }
  const days = daysBetween(period.from, period.to) + 1;
  return days === 1 ? 'the day before' : `the ${days} days before`;
}

/** "HMP Exeter, 2 December 2025 to 1 December 2026, compared with the 12 months before". */
export function captionOf(scopeLabel: string, period: MonitoringPeriod): string {
  return `${scopeLabel}, ${formatDate(period.from)} to ${formatDate(period.to)}, compared with ${previousPeriodInWords(period)}`;
}

/**
 * When the figures were computed, in London time: "Figures as at 06:12 (national and cluster
 * figures are refreshed every 10 minutes)". Nothing when the API did not say.
 */
export function asAtOf(asOf: string | undefined, refreshMinutes: number | undefined): string | undefined {
  if (!asOf) return undefined;
  const refresh = refreshMinutes ? ` (national and cluster figures are refreshed every ${refreshMinutes} ${refreshMinutes === 1 ? 'minute' : 'minutes'})` : '';
  return `Figures as at ${prisonTime(new Date(asOf))}${refresh}`;
}
