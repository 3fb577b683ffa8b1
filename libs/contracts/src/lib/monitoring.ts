import type { PrisonSummary } from './prisons';

/**
 * The monitoring dashboard (issue 11): a scope (one prison, a cluster or the nation) over a
 * period, with the same figures for the period before it. Shaped generically, so that the web
 * page, the CSV downloads and the printed scheme summary all read one structure: groups of
 * headline figures and of tables, each with its one-sentence definition.
 */

/** The groups an evaluation of a buddy scheme uses, in the order the dashboard shows them. */
export type MonitoringGroupKey = 'buddies' | 'training' | 'supervision' | 'certificates' | 'support' | 'safety' | 'cost' | 'outcomes' | 'completeness';

/** How a figure reads: a count, a percentage (0 to 100), days, hours, pounds or a score (1 to 5). */
export type FigureUnit = 'count' | 'percent' | 'days' | 'hours' | 'pounds' | 'score';

export interface MonitoringFigure {
  /** Stable, e.g. `supervision.held`. */
  key: string;
  /** What people call it, e.g. "Supervision sessions held". */
  label: string;
  /** One sentence saying exactly what is counted. */
  definition: string;
  unit: FigureUnit;
  /** Null when there is nothing to measure (the median of no sessions). */
  value: number | null;
  /**
   * The same figure over the previous period of the same length; null for figures of "now"
   * (e.g. overdue today) or when there is nothing to measure.
   */
  previous: number | null;
}

export interface MonitoringColumn {
  key: string;
  label: string;
  /** Numbers are right-aligned, sort as numbers and stay numbers in the CSV. */
  unit?: FigureUnit;
}

export type MonitoringCell = string | number | null;

/** A chart drawn from a table: one category column along one axis and one or more series of the same unit (no dual axes). */
export interface MonitoringChart {
  kind: 'bar' | 'line';
  /** The column whose values label the bars or the points (e.g. the stage, the month). */
  category: string;
  /** Columns drawn as series; all in the same unit. */
  series: string[];
  /** The text alternative: what the chart shows, in a sentence. */
  summary: string;
}

export interface MonitoringTable {
  /** Stable, e.g. `buddies.funnel`: also names its CSV (`GET /api/monitoring/csv/buddies.funnel`). */
  key: string;
  title: string;
  definition: string;
  columns: MonitoringColumn[];
  rows: Record<string, MonitoringCell>[];
  chart?: MonitoringChart;
}

export interface MonitoringGroup {
  key: MonitoringGroupKey;
  title: string;
  figures: MonitoringFigure[];
  tables: MonitoringTable[];
}

/** A scope the caller may choose: `national`, `cluster:devon` or `prison:EXI`. */
export interface MonitoringScopeOption {
  value: string;
  label: string;
}

export interface MonitoringPeriod {
  /** First day, inclusive (YYYY-MM-DD, the prison's calendar). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface MonitoringDashboard {
  scope: { value: string; label: string; prisons: PrisonSummary[] };
  /** Every scope this caller may choose, broadest first. */
  scopes: MonitoringScopeOption[];
  period: MonitoringPeriod;
  previous: MonitoringPeriod;
  /** The day "now" figures are counted on (the prison's calendar day). */
  today: string;
  groups: MonitoringGroup[];
  /** One row per prison in scope, with the key figures: the table that compares prisons. */
  comparison: MonitoringTable;
  /** When these figures were computed (ISO timestamp): a national or cluster dashboard may be a shared snapshot. */
  asOf?: string;
  /** How often national and cluster figures are computed again, in minutes, when they are served from snapshots. */
  refreshMinutes?: number;
}

/** `GET /api/monitoring`: every parameter optional (default: the caller's broadest scope, the last 12 months). */
export interface MonitoringQuery {
  scope?: string;
  from?: string;
  to?: string;
}
