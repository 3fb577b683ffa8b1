import { HttpStatus, Injectable } from '@nestjs/common';
import type {
  FigureUnit,
  JourneyStage,
  MonitoringCell,
  MonitoringColumn,
  MonitoringDashboard,
  MonitoringFigure,
  MonitoringGroup,
  MonitoringGroupKey,
  MonitoringPeriod,
  MonitoringScopeOption,
  MonitoringTable,
  PrisonSummary,
} from '@peerpath/contracts';
import { addDays, addMonths, ALLOCATION_TASKS, daysBetween, JOURNEY_STAGES, PERMISSIONS, TASK_LABELS } from '@peerpath/domain';
import type { DataSource } from 'typeorm';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { today } from '@peerpath/api/platform/dates';
import { DomainError, invalid } from '@peerpath/api/platform/domain-error';
import { ReportingDatabase } from '@peerpath/api/platform/reporting-database';
import type { MonitoringQueryDto } from './dto/monitoring.dto';
import {
  ALLOCATIONS_NOW_SQL,
  AT_CAP_SQL,
  ATTENDANCE_BY_COHORT_SQL,
  ATTENDANCE_BY_MODULE_SQL,
  BUDDIES_NOW_SQL,
  CERTIFICATES_NOW_SQL,
  COHORTS_NOW_SQL,
  CONCERNS_NOW_SQL,
  HOURS_BANDS,
  HOURS_BY_TASK_SQL,
  MODULE_PROGRESS_SQL,
  MONITORING_PARAMS,
  NOT_YET_MET_SQL,
  PER_MONTH_SQL,
  PER_QUARTER_SQL,
  PERIOD_FIGURES_SQL,
  PERIOD_REASONS_SQL,
  RECIPIENTS_SQL,
  withAllParams,
} from './monitoring.sql';

type Row = Record<string, unknown>;
interface ScopePrison extends PrisonSummary {
  id: string;
  supervisionIntervalDays: number;
  staffCostPerHourPence: number | null;
}

/** The longest period one dashboard covers. */
const MAX_PERIOD_YEARS = 3;

const STAGE_WORDS: Record<JourneyStage, string> = {
  applied: 'Applied, not yet decided',
  declined: 'Declined at selection',
  approved: 'Approved, waiting for training',
  in_training: 'In training',
  certified: 'Certified',
  suspended: 'Certificate suspended',
  expired: 'Certificate expired',
  released: 'Released',
};
const CONCERN_KINDS: Record<string, string> = { safeguarding: 'Safeguarding', boundary: 'Boundary' };
const GROUP_TITLES: Record<MonitoringGroupKey, string> = {
  buddies: 'Buddies',
  training: 'Training',
  supervision: 'Supervision',
  certificates: 'Certificates',
  support: 'Support',
  safety: 'Safety',
  cost: 'Staff time and cost',
  outcomes: 'Outcomes',
  completeness: 'Data completeness',
};

// Aggregates arrive as text (bigint, numeric) or numbers (double): figures are numbers or null.
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round = (v: unknown, places = 1): number | null => {
  const n = num(v);
  return n === null ? null : Math.round(n * 10 ** places) / 10 ** places;
};
const percent = (part: unknown, whole: unknown): number | null => {
  const w = num(whole);
  return w ? Math.round((100 * (num(part) ?? 0)) / w) : null;
};

function figure(key: string, label: string, unit: FigureUnit, definition: string, value: number | null, previous: number | null = null): MonitoringFigure {
  return { key, label, definition, unit, value, previous };
}

const col = (key: string, label: string, unit?: FigureUnit): MonitoringColumn => (unit ? { key, label, unit } : { key, label });

/** Connections one dashboard may hold at once (the pool is DATABASE_POOL_SIZE, 10 by default). */
const DASHBOARD_LANES = 2;

/** Runs the tasks at most `lanes` at a time, answers in the order given. */
async function inLanes<T>(lanes: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, tasks.length) }, lane));
  return results;
}

@Injectable()
export class MonitoringService {
  /** Reports read from the reporting database: a replica when one is configured. */
  private readonly dataSource: DataSource;

  constructor(reporting: ReportingDatabase) {
    this.dataSource = reporting.dataSource;
  }

  async dashboard(actor: Actor, query: MonitoringQueryDto): Promise<MonitoringDashboard> {
    const on = today();
    const { period, previous } = periodsOf(query, on);
    const { options, chosen, prisons } = await this.scopeOf(actor, query.scope);
    const ids = prisons.map((p) => p.id);
    const params = MONITORING_PARAMS(ids, period, previous, on);
    const q = (sql: string) => (): Promise<Row[]> => this.dataSource.query(withAllParams(sql), params);

    // Independent statements, two at a time: side by side enough to be quick, never so many
    // that a few dashboards at once take the whole pool from everyone else.
    const [periodRows, reasons, months, quarters, buddyRows, atCap, certRows, cohortRows, concernRows, recipientRows, allocationRows, tasks, modules, notYetMet, byCohort, byModule] =
      await inLanes(DASHBOARD_LANES, [
        q(PERIOD_FIGURES_SQL),
        q(PERIOD_REASONS_SQL),
        q(PER_MONTH_SQL),
        q(PER_QUARTER_SQL),
        q(BUDDIES_NOW_SQL(JOURNEY_STAGES)),
        q(AT_CAP_SQL),
        q(CERTIFICATES_NOW_SQL),
        q(COHORTS_NOW_SQL),
        q(CONCERNS_NOW_SQL),
        q(RECIPIENTS_SQL),
        q(ALLOCATIONS_NOW_SQL),
        q(HOURS_BY_TASK_SQL),
        q(MODULE_PROGRESS_SQL),
        q(NOT_YET_MET_SQL),
        q(ATTENDANCE_BY_COHORT_SQL),
        q(ATTENDANCE_BY_MODULE_SQL),
      ]);

    // The row with no prison is the whole scope; the others are per prison.
    const total = (rows: Row[]): Row => rows.find((r) => r['prison_id'] === null) ?? {};
    const perPrison = (rows: Row[]) => new Map(rows.filter((r) => r['prison_id'] !== null).map((r) => [r['prison_id'] as string, r]));
    const ev = total(periodRows);
    const bn = total(buddyRows);
    const cert = total(certRows);
    const coh = total(cohortRows);
    const rec = total(recipientRows);
    const alloc = total(allocationRows);
    const openConcerns = concernRows.find((r) => r['prison_id'] === null && r['kind'] === null);
    const costStated = prisons.some((p) => p.staffCostPerHourPence !== null);

    // The same figure over both periods: `name` and `name_prev` from the period statement.
    const pair = (name: string, places = 1, row: Row = ev): [number | null, number | null] => [round(row[name], places), round(row[`${name}_prev`], places)];
    const count = (name: string, row: Row = ev): [number, number] => [num(row[name]) ?? 0, num(row[`${name}_prev`]) ?? 0];
    const reasonRows = (kinds: string[]) => reasons.filter((r) => kinds.includes(r['kind'] as string));
    const rate = (attended: string, counted: string): [number | null, number | null] => [percent(ev[attended], ev[counted]), percent(ev[`${attended}_prev`], ev[`${counted}_prev`])];
    const money = (trainer: string, supervision: string, prev: boolean): number | null => {
      if (!costStated) return null;
      const sfx = prev ? '_prev' : '';
      return round((num(ev[trainer + sfx]) ?? 0) + (num(ev[supervision + sfx]) ?? 0), 2);
    };

    const stagesNow = JOURNEY_STAGES.map((s) => ({ stage: STAGE_WORDS[s], buddies: num(bn[`stage_${s}`]) ?? 0 }));
    const funnel = (
      [
        ['Applied', 'applied'],
        ['Selected', 'selected'],
        ['Enrolled on a cohort', 'enrolled'],
        ['Certified (first certificate)', 'certified'],
        ['Allocated to a recipient', 'allocated'],
      ] as const
    ).map(([step, key]) => ({ step, period: num(ev[key]) ?? 0, previous: num(ev[`${key}_prev`]) ?? 0 }));

    const buddies: MonitoringGroup = {
      key: 'buddies',
      title: GROUP_TITLES.buddies,
      figures: [
        figure('buddies.applied', 'Applied', 'count', 'Buddies whose application date falls in the period, at the prison they are at now.', ...count('applied')),
        figure('buddies.selected', 'Selected', 'count', 'Buddies approved at selection in the period (a decision dated in the period).', ...count('selected')),
        figure('buddies.enrolled', 'Enrolled', 'count', 'Buddies given a place on a cohort in the period (by the enrolment date).', ...count('enrolled')),
        figure('buddies.certified', 'Certified', 'count', 'Buddies issued their first certificate in the period (renewals are counted under certificates).', ...count('certified')),
        figure('buddies.allocated', 'Allocated', 'count', 'Buddies with an allocation to a recipient starting in the period.', ...count('allocated')),
        figure(
          'buddies.medianDaysToCertificate',
          'Median days from selection to certificate',
          'days',
          'For first certificates issued in the period, the median number of days from the approval at selection to the certificate’s issue date.',
          ...pair('medianDaysToCertificate'),
        ),
        figure('buddies.left', 'Buddies who left', 'count', 'Transfers out, releases, withdrawals from training and declines at selection dated in the period (a person can leave more than once).', ...count('left')),
        figure('buddies.certifiedNow', 'Certified now', 'count', 'Buddies whose journey stage today is certified (a valid certificate in force).', num(bn['stage_certified']) ?? 0),
      ],
      tables: [
        {
          key: 'buddies.stages',
          title: 'Buddies by journey stage now',
          definition: 'Every buddy at a prison in scope, by the journey stage the register shows for them today.',
          columns: [col('stage', 'Stage'), col('buddies', 'Buddies', 'count')],
          rows: stagesNow,
          chart: { kind: 'bar', category: 'stage', series: ['buddies'], summary: 'Bar chart of how many buddies are at each journey stage today.' },
        },
        {
          key: 'buddies.funnel',
          title: 'From application to allocation',
          definition: 'Buddies reaching each step in the period and in the previous period, each counted on the day they reached it (not a cohort followed through).',
          columns: [col('step', 'Step'), col('period', 'This period', 'count'), col('previous', 'Previous period', 'count')],
          rows: funnel,
          chart: { kind: 'bar', category: 'step', series: ['period', 'previous'], summary: 'Bar chart of buddies reaching each step, from applied to allocated, this period beside the previous one.' },
        },
        {
          key: 'buddies.leavers',
          title: 'Buddies who left, by reason',
          definition: 'Transfers out, releases, withdrawals from training (with the reason recorded) and declines at selection, dated in each period.',
          columns: [col('reason', 'Reason'), col('period', 'This period', 'count'), col('previous', 'Previous period', 'count')],
          rows: reasonRows(['transferred_out', 'released', 'withdrawn', 'declined']).map((r) => ({ reason: r['label'] as string, period: num(r['count']) ?? 0, previous: num(r['count_prev']) ?? 0 })),
        },
      ],
    };

    const training: MonitoringGroup = {
      key: 'training',
      title: GROUP_TITLES.training,
      figures: [
        figure('training.cohortsRunning', 'Cohorts running', 'count', 'Cohorts that have started and not yet ended today.', num(coh['running']) ?? 0),
        figure('training.cohortsPlanned', 'Cohorts planned', 'count', 'Cohorts whose start date is still to come.', num(coh['planned']) ?? 0),
        figure('training.cohortsFinished', 'Cohorts finished', 'count', 'Cohorts whose last day fell in the period.', ...count('cohortsFinished')),
        figure('training.sessionsHeld', 'Training sessions held', 'count', 'Training sessions dated in the period, up to today.', ...count('sessionsHeld')),
        figure(
          'training.attendanceRate',
          'Attendance rate',
          'percent',
          'Of the attendance marks for sessions in the period, the share present or late, out of present, late and absent (excused counts neither way).',
          ...rate('attended', 'counted'),
        ),
      ],
      tables: [
        {
          key: 'training.modules',
          title: 'Progress by module',
          definition: 'Buddies holding a place on a cohort in scope, by their progress on each module of its programme today (complete when every criterion’s latest decision is met).',
          columns: [col('programme', 'Programme'), col('module', 'Module'), col('complete', 'Complete', 'count'), col('inProgress', 'In progress', 'count'), col('notStarted', 'Not started', 'count')],
          rows: modules.map((r) => ({ programme: r['programme'] as string, module: r['module'] as string, complete: num(r['complete']), inProgress: num(r['inProgress']), notStarted: num(r['notStarted']) })),
          chart: { kind: 'bar', category: 'module', series: ['complete', 'inProgress', 'notStarted'], summary: 'Bar chart of buddies who have completed, are working on or have not started each module.' },
        },
        {
          key: 'training.notYetMet',
          title: 'Criteria most often “not yet met”',
          definition: 'The ten assessment criteria with the most “not yet met” decisions dated in the period, and how many buddies they were for.',
          columns: [col('module', 'Module'), col('criterion', 'Criterion'), col('text', 'What it asks'), col('times', 'Not yet met', 'count'), col('buddies', 'Buddies', 'count')],
          rows: notYetMet.map((r) => ({ module: r['module'] as string, criterion: r['criterion'] as string, text: r['text'] as string, times: num(r['times']), buddies: num(r['buddies']) })),
        },
        {
          key: 'training.attendanceByCohort',
          title: 'Attendance by cohort',
          definition: 'For each cohort with sessions in the period: sessions held, marks present or late, marks absent, and the attendance rate (excused counts neither way).',
          columns: [col('cohort', 'Cohort'), col('prison', 'Prison'), col('status', 'Status'), col('sessions', 'Sessions', 'count'), col('attended', 'Attended', 'count'), col('absent', 'Absent', 'count'), col('rate', 'Attendance rate', 'percent')],
          rows: byCohort.map((r) => ({ cohort: r['cohort'] as string, prison: r['prison'] as string, status: cap(r['status'] as string), sessions: num(r['sessions']), attended: num(r['attended']), absent: num(r['absent']), rate: num(r['rate']) })),
          chart: { kind: 'bar', category: 'cohort', series: ['rate'], summary: 'Bar chart of the attendance rate of each cohort over the period.' },
        },
        {
          key: 'training.attendanceByModule',
          title: 'Attendance by module',
          definition: 'Attendance at the sessions in the period that taught each module (a session teaching two modules counts for both).',
          columns: [col('programme', 'Programme'), col('module', 'Module'), col('sessions', 'Sessions', 'count'), col('attended', 'Attended', 'count'), col('absent', 'Absent', 'count'), col('rate', 'Attendance rate', 'percent')],
          rows: byModule.map((r) => ({ programme: r['programme'] as string, module: r['module'] as string, sessions: num(r['sessions']), attended: num(r['attended']), absent: num(r['absent']), rate: num(r['rate']) })),
          chart: { kind: 'bar', category: 'module', series: ['rate'], summary: 'Bar chart of the attendance rate at the sessions teaching each module.' },
        },
      ],
    };

    const buddyPrisons = perPrison(buddyRows);
    const eventPrisons = perPrison(periodRows);
    const supervision: MonitoringGroup = {
      key: 'supervision',
      title: GROUP_TITLES.supervision,
      figures: [
        figure('supervision.held', 'Supervision sessions held', 'count', 'One-to-one supervisions recorded as held in the period.', ...count('supervisionsHeld')),
        figure('supervision.activeBuddies', 'Buddies in supervision', 'count', 'Buddies approved, not released and whose training has started: the buddies supervision applies to today.', num(bn['active']) ?? 0),
        figure('supervision.dueNext14Days', 'Due in the next 14 days', 'count', 'Of those buddies, the ones whose next supervision falls due between today and 14 days from today.', num(bn['due14']) ?? 0),
        figure('supervision.overdue', 'Overdue now', 'count', 'Of those buddies, the ones whose next supervision was due before today.', num(bn['overdue']) ?? 0),
        figure(
          'supervision.medianDaysBetween',
          'Median days between sessions',
          'days',
          'For supervisions held in the period, the median number of days since the same buddy’s previous supervision (first supervisions have no gap and are left out).',
          ...pair('medianDaysBetweenSupervisions'),
        ),
        figure(
          'supervision.withinPolicy',
          'Supervised within policy',
          'percent',
          'Of the buddies in supervision, the share whose last supervision was no more than their prison’s supervision interval ago.',
          percent(bn['withinPolicy'], bn['active']),
        ),
      ],
      tables: [
        {
          key: 'supervision.perMonth',
          title: 'Supervision sessions held per month',
          definition: 'One-to-one supervisions held in each calendar month of the period (the first and last months may be part months).',
          columns: [col('month', 'Month'), col('sessions', 'Supervisions', 'count')],
          rows: months.map((r) => ({ month: r['month'] as string, sessions: num(r['supervisions']) })),
          chart: { kind: 'bar', category: 'month', series: ['sessions'], summary: 'Bar chart of supervision sessions held in each month of the period.' },
        },
        {
          key: 'supervision.byPrison',
          title: 'Supervision against each prison’s policy',
          definition: 'Per prison: its supervision interval, the median days between sessions held in the period, buddies in supervision today, the share supervised within the interval, and how many are overdue.',
          columns: [
            col('prison', 'Prison'),
            col('intervalDays', 'Policy interval', 'days'),
            col('medianDays', 'Median days between sessions', 'days'),
            col('held', 'Sessions held', 'count'),
            col('active', 'Buddies in supervision', 'count'),
            col('withinPolicy', 'Within policy', 'percent'),
            col('overdue', 'Overdue', 'count'),
          ],
          rows: prisons.map((p) => {
            const b = buddyPrisons.get(p.id) ?? {};
            const e = eventPrisons.get(p.id) ?? {};
            return {
              prison: p.name,
              intervalDays: p.supervisionIntervalDays,
              medianDays: round(e['medianDaysBetweenSupervisions']),
              held: num(e['supervisionsHeld']) ?? 0,
              active: num(b['active']) ?? 0,
              withinPolicy: percent(b['withinPolicy'], b['active']),
              overdue: num(b['overdue']) ?? 0,
            };
          }),
        },
        {
          key: 'supervision.states',
          title: 'Supervision status now',
          definition: 'Buddies in supervision by the status their supervision list shows today (due soon means within the coming week).',
          columns: [col('status', 'Status'), col('buddies', 'Buddies', 'count')],
          rows: [
            { status: 'Up to date', buddies: num(bn['upToDate']) ?? 0 },
            { status: 'Due soon', buddies: num(bn['dueSoon']) ?? 0 },
            { status: 'Overdue', buddies: num(bn['overdue']) ?? 0 },
          ],
          chart: { kind: 'bar', category: 'status', series: ['buddies'], summary: 'Bar chart of buddies whose supervision is up to date, due soon or overdue today.' },
        },
      ],
    };

    const certStates: [string, string, string][] = [
      ['valid', 'Valid', 'Certificates in force today (issued, not suspended or revoked, expiry date not passed).'],
      ['expiring90', 'Expiring within 90 days', 'Valid certificates whose expiry date is within 90 days from today.'],
      ['expiring60', 'Expiring within 60 days', 'Valid certificates whose expiry date is within 60 days from today.'],
      ['expiring30', 'Expiring within 30 days', 'Valid certificates whose expiry date is within 30 days from today.'],
      ['expired', 'Expired', 'Certificates whose expiry date has passed and that were not renewed (a renewed certificate is superseded and not counted).'],
      ['suspended', 'Suspended', 'Certificates suspended today, pending a concern.'],
      ['revoked', 'Revoked', 'Certificates revoked, at any time.'],
    ];
    const certificates: MonitoringGroup = {
      key: 'certificates',
      title: GROUP_TITLES.certificates,
      figures: [
        ...certStates.map(([key, label, definition]) => figure(`certificates.${key}`, label, 'count', definition, num(cert[key]) ?? 0)),
        figure('certificates.renewed', 'Renewed', 'count', 'Certificates issued in the period as the renewal of an earlier certificate.', ...count('renewed')),
      ],
      tables: [
        {
          key: 'certificates.states',
          title: 'Certificates by status now',
          definition: 'Certificates issued at prisons in scope, by the status people see today (expiring ones are also counted as valid).',
          columns: [col('status', 'Status'), col('certificates', 'Certificates', 'count')],
          rows: certStates.map(([key, label]) => ({ status: label, certificates: num(cert[key]) ?? 0 })),
          chart: { kind: 'bar', category: 'status', series: ['certificates'], summary: 'Bar chart of certificates by status today, with those expiring soon.' },
        },
      ],
    };

    const taskRows = new Map(tasks.map((r) => [r['task'] as string, r]));
    const support: MonitoringGroup = {
      key: 'support',
      title: GROUP_TITLES.support,
      figures: [
        figure('support.recipientsSupported', 'Recipients supported', 'count', 'Recipients at prisons in scope with an allocation that ran on at least one day of the period.', ...count('supported', rec)),
        figure('support.recipientsWaiting', 'Recipients waiting', 'count', 'Recipients with no active allocation today (the record cannot tell whether support is still needed, so this includes those whose support ended).', num(rec['waiting']) ?? 0),
        figure('support.medianDaysWaiting', 'Median days waiting', 'days', 'For recipients waiting today, the median days since their last allocation ended, or since they were added if they never had one.', round(rec['medianDaysWaiting'])),
        figure('support.allocationsStarted', 'Allocations started', 'count', 'Allocations of a buddy to a recipient starting in the period.', ...count('allocationsStarted')),
        figure('support.allocationsEnded', 'Allocations ended', 'count', 'Allocations ended in the period, for any reason.', ...count('allocationsEnded')),
        figure('support.medianWeeklyHours', 'Median planned weekly hours per buddy', 'hours', 'For buddies with an active allocation today, the median of their planned weekly hours across all their active allocations.', round(bn['medianPlannedHours'])),
        figure('support.atOrOverCap', 'Buddies at or over the weekly hours cap', 'count', 'Buddies whose planned weekly hours across their active allocations are at or over their prison’s cap today.', num(bn['atOrOverCap']) ?? 0),
      ],
      tables: [
        {
          key: 'support.endReasons',
          title: 'Allocations ended, by reason',
          definition: 'Allocations ended in each period, by the reason recorded when they ended.',
          columns: [col('reason', 'Reason'), col('period', 'This period', 'count'), col('previous', 'Previous period', 'count')],
          rows: reasonRows(['allocation_ended']).map((r) => ({ reason: r['label'] as string, period: num(r['count']) ?? 0, previous: num(r['count_prev']) ?? 0 })),
          chart: { kind: 'bar', category: 'reason', series: ['period', 'previous'], summary: 'Bar chart of allocations ended for each reason, this period beside the previous one.' },
        },
        {
          key: 'support.weeklyHours',
          title: 'Planned weekly hours per buddy',
          definition: 'Buddies with an active allocation today, by their planned weekly hours across all their active allocations.',
          columns: [col('band', 'Planned weekly hours'), col('buddies', 'Buddies', 'count')],
          rows: HOURS_BANDS.map(([key, band]) => ({ band, buddies: num(bn[key]) ?? 0 })),
          chart: { kind: 'bar', category: 'band', series: ['buddies'], summary: 'Bar chart of how many buddies are planned to work each band of weekly hours.' },
        },
        {
          key: 'support.atOrOverCap',
          title: 'Buddies at or over the weekly hours cap',
          definition: 'Each buddy whose planned weekly hours across their active allocations are at or over their prison’s cap today.',
          columns: [col('prison', 'Prison'), col('prisonNumber', 'Prison number'), col('name', 'Name'), col('plannedHours', 'Planned weekly hours', 'hours'), col('cap', 'Cap', 'hours')],
          rows: atCap.map((r) => ({ prison: r['prison'] as string, prisonNumber: r['prisonNumber'] as string, name: r['name'] as string, plannedHours: num(r['plannedHours']), cap: num(r['cap']) })),
        },
        {
          key: 'support.hoursByTask',
          title: 'Planned hours by task',
          definition: 'Active allocations today that include each task, and their planned weekly hours (an allocation with several tasks counts under each).',
          columns: [col('task', 'Task'), col('allocations', 'Allocations', 'count'), col('hours', 'Planned weekly hours', 'hours')],
          rows: ALLOCATION_TASKS.map((t) => ({ task: TASK_LABELS[t], allocations: num(taskRows.get(t)?.['allocations']) ?? 0, hours: round(taskRows.get(t)?.['hours']) ?? 0 })),
          chart: { kind: 'bar', category: 'task', series: ['hours'], summary: 'Bar chart of planned weekly hours of active allocations for each task.' },
        },
      ],
    };

    const openByKind = new Map(concernRows.filter((r) => r['prison_id'] === null && r['kind'] !== null).map((r) => [r['kind'] as string, num(r['open']) ?? 0]));
    const raisedByKind = new Map(reasonRows(['concern_raised']).map((r) => [r['label'] as string, r]));
    const safety: MonitoringGroup = {
      key: 'safety',
      title: GROUP_TITLES.safety,
      figures: [
        figure('safety.raised', 'Concerns raised', 'count', 'Concerns about a buddy or a recipient raised in the period.', ...count('concernsRaised')),
        figure('safety.open', 'Concerns open', 'count', 'Concerns not yet resolved today, whenever they were raised.', num(openConcerns?.['open']) ?? 0),
        figure('safety.resolved', 'Concerns resolved', 'count', 'Concerns resolved in the period.', ...count('concernsResolved')),
        figure('safety.medianDaysToResolve', 'Median days to resolve', 'days', 'For concerns resolved in the period, the median days from raising to resolving.', ...pair('medianDaysToResolve')),
        figure(
          'safety.suspensions',
          'Certificates suspended',
          'count',
          'Certificate suspensions made in the period (the record does not link a suspension to its concern, so every suspension is counted).',
          ...count('suspensions'),
        ),
      ],
      tables: [
        {
          key: 'safety.byKind',
          title: 'Concerns by kind',
          definition: 'Concerns raised in each period, and those open today, by kind.',
          columns: [col('kind', 'Kind'), col('period', 'Raised this period', 'count'), col('previous', 'Raised previous period', 'count'), col('open', 'Open now', 'count')],
          rows: Object.entries(CONCERN_KINDS).map(([kind, words]) => ({
            kind: words,
            period: num(raisedByKind.get(kind)?.['count']) ?? 0,
            previous: num(raisedByKind.get(kind)?.['count_prev']) ?? 0,
            open: openByKind.get(kind) ?? 0,
          })),
          chart: { kind: 'bar', category: 'kind', series: ['period', 'previous'], summary: 'Bar chart of concerns raised of each kind, this period beside the previous one.' },
        },
      ],
    };

    const COST_NOTE = 'only prisons whose policy states a staff cost per hour are costed; none stated gives no figure';
    const cost: MonitoringGroup = {
      key: 'cost',
      title: GROUP_TITLES.cost,
      figures: [
        figure(
          'cost.trainerHours',
          'Trainer hours delivering sessions',
          'hours',
          'The recorded length (start to end) of training sessions held in the period, times the number of trainers on the cohort (at least one).',
          ...pair('trainerHours'),
        ),
        figure('cost.supervisionHours', 'Coordinator hours in supervision', 'hours', 'The recorded length of supervisions held in the period, in hours.', ...pair('supervisionHours')),
        figure(
          'cost.staffCost',
          'Staff cost',
          'pounds',
          `Trainer and supervision hours times each prison’s staff cost per hour, added up: ${COST_NOTE}.`,
          money('trainerCost', 'supervisionCost', false),
          money('trainerCost', 'supervisionCost', true),
        ),
      ],
      tables: [
        {
          key: 'cost.byPrison',
          title: 'Staff time and cost by prison',
          definition: `Per prison, trainer hours and supervision hours in the period, the staff cost per hour in its policy and the cost they make: ${COST_NOTE}.`,
          columns: [col('prison', 'Prison'), col('trainerHours', 'Trainer hours', 'hours'), col('supervisionHours', 'Supervision hours', 'hours'), col('costPerHour', 'Cost per hour', 'pounds'), col('cost', 'Cost', 'pounds')],
          rows: prisons.map((p) => {
            const e = eventPrisons.get(p.id) ?? {};
            const stated = p.staffCostPerHourPence !== null;
            return {
              prison: p.name,
              trainerHours: round(e['trainerHours']) ?? 0,
              supervisionHours: round(e['supervisionHours']) ?? 0,
              costPerHour: stated ? (p.staffCostPerHourPence as number) / 100 : null,
              cost: stated ? (round((num(e['trainerCost']) ?? 0) + (num(e['supervisionCost']) ?? 0), 2) ?? 0) : null,
            };
          }),
        },
      ],
    };

    const outcomes: MonitoringGroup = {
      key: 'outcomes',
      title: GROUP_TITLES.outcomes,
      figures: [
        figure('outcomes.reviews', 'Outcome reviews done', 'count', 'Outcome reviews recorded with recipients, dated in the period.', ...count('reviews')),
        figure('outcomes.recipientsReviewed', 'Recipients reviewed', 'count', 'Recipients with at least one outcome review dated in the period.', ...count('recipientsReviewed')),
        figure('outcomes.medianHelps', '“My buddy helps me do the things I need”', 'score', 'The median answer in reviews dated in the period, from 1 (strongly disagree) to 5 (strongly agree).', ...pair('medianHelps')),
        figure('outcomes.medianIndependence', '“I can do more for myself than before”', 'score', 'The median answer in reviews dated in the period, from 1 (strongly disagree) to 5 (strongly agree).', ...pair('medianIndependence')),
        figure('outcomes.medianWellbeing', 'Buddy wellbeing at supervision', 'score', 'The median wellbeing (1 to 5) recorded at supervisions held in the period.', ...pair('medianWellbeing')),
        figure('outcomes.reviewsDue', 'Outcome reviews due', 'count', 'Recipients supported today whose outcome review is due or overdue (28 days into support, then every 91 days).', num(rec['reviewsDue']) ?? 0),
      ],
      tables: [
        {
          key: 'outcomes.perQuarter',
          title: 'Median scores per quarter',
          definition: 'Per calendar quarter of the period: outcome reviews done, the median answer to each statement, and the median buddy wellbeing at supervision (1 to 5).',
          columns: [col('quarter', 'Quarter'), col('reviews', 'Reviews', 'count'), col('helps', 'Buddy helps me', 'score'), col('independence', 'I can do more for myself', 'score'), col('wellbeing', 'Buddy wellbeing', 'score')],
          rows: quarters.map((r) => ({ quarter: r['quarter'] as string, reviews: num(r['reviews']), helps: round(r['helps']), independence: round(r['independence']), wellbeing: round(r['wellbeing']) })),
          chart: { kind: 'line', category: 'quarter', series: ['helps', 'independence', 'wellbeing'], summary: 'Line chart of the median scores per quarter: buddy helps me, I can do more for myself, and buddy wellbeing.' },
        },
      ],
    };

    // Data completeness: what share of the records that should hold something do.
    const completenessItems: { key: string; group: MonitoringGroupKey; what: string; definition: string; recorded: [number, number]; expected: [number, number]; hasPrevious: boolean }[] = [
      {
        key: 'supervisionActions',
        group: 'supervision',
        what: 'Supervisions with agreed actions written',
        definition: 'Of supervisions held in the period, the share with agreed actions written (hours worked and wellbeing are required, so always recorded).',
        recorded: count('supervisionsWithActions'),
        expected: count('supervisionsHeld'),
        hasPrevious: true,
      },
      {
        key: 'attendanceTaken',
        group: 'training',
        what: 'Training sessions with attendance taken',
        definition: 'Of training sessions held in the period, the share with at least one attendance mark recorded.',
        recorded: count('sessionsWithAttendance'),
        expected: count('sessionsHeld'),
        hasPrevious: true,
      },
      {
        key: 'concernOutcomes',
        group: 'safety',
        what: 'Resolved concerns with an outcome written',
        definition: 'Of concerns resolved in the period, the share whose outcome is written down.',
        recorded: count('concernsResolvedWithOutcome'),
        expected: count('concernsResolved'),
        hasPrevious: true,
      },
      {
        key: 'carePlans',
        group: 'support',
        what: 'Recipients with a care plan reference',
        definition: 'Of recipients at prisons in scope today, the share with a care plan reference recorded.',
        recorded: [num(rec['withCarePlan']) ?? 0, 0],
        expected: [num(rec['recipients']) ?? 0, 0],
        hasPrevious: false,
      },
      {
        key: 'allocationTasks',
        group: 'support',
        what: 'Active allocations with tasks',
        definition: 'Of allocations active today, the share naming at least one task.',
        recorded: [num(alloc['withTasks']) ?? 0, 0],
        expected: [num(alloc['active']) ?? 0, 0],
        hasPrevious: false,
      },
      {
        key: 'outcomeReviews',
        group: 'outcomes',
        what: 'Supported recipients with an outcome review up to date',
        definition: 'Of recipients supported today, the share whose outcome review is not yet due.',
        recorded: [(num(rec['supportedNow']) ?? 0) - (num(rec['reviewsDue']) ?? 0), 0],
        expected: [num(rec['supportedNow']) ?? 0, 0],
        hasPrevious: false,
      },
    ];
    const completeness: MonitoringGroup = {
      key: 'completeness',
      title: GROUP_TITLES.completeness,
      figures: completenessItems.map((c) =>
        figure(`completeness.${c.key}`, c.what, 'percent', c.definition, percent(c.recorded[0], c.expected[0]), c.hasPrevious ? percent(c.recorded[1], c.expected[1]) : null),
      ),
      tables: [
        {
          key: 'completeness.records',
          title: 'Records holding the data they should',
          definition: 'For each group, the records that should hold a piece of data, how many do, and the share (this period for period records, today for the others).',
          columns: [col('group', 'Group'), col('what', 'What'), col('recorded', 'Recorded', 'count'), col('expected', 'Expected', 'count'), col('percent', 'Share', 'percent')],
          rows: completenessItems.map((c) => ({ group: GROUP_TITLES[c.group], what: c.what, recorded: c.recorded[0], expected: c.expected[0], percent: percent(c.recorded[0], c.expected[0]) })),
        },
      ],
    };

    const recipientPrisons = perPrison(recipientRows);
    const openPrisons = new Map(concernRows.filter((r) => r['prison_id'] !== null).map((r) => [r['prison_id'] as string, num(r['open']) ?? 0]));
    const comparison: MonitoringTable = {
      key: 'comparison',
      title: 'Prisons compared',
      definition: 'One row per prison in scope with its key figures: the period figures over the chosen period, the others as they stand today.',
      columns: [
        col('prison', 'Prison'),
        col('cluster', 'Cluster'),
        col('activeBuddies', 'Buddies in supervision', 'count'),
        col('certified', 'Certified now', 'count'),
        col('certifiedInPeriod', 'Certified in period', 'count'),
        col('supervisionsHeld', 'Supervisions held', 'count'),
        col('withinPolicy', 'Supervised within policy', 'percent'),
        col('overdue', 'Supervision overdue', 'count'),
        col('recipientsSupported', 'Recipients supported', 'count'),
        col('recipientsWaiting', 'Recipients waiting', 'count'),
        col('openConcerns', 'Open concerns', 'count'),
        col('outcomeReviews', 'Outcome reviews done', 'count'),
        col('staffHours', 'Staff hours', 'hours'),
      ],
      rows: prisons.map((p): Record<string, MonitoringCell> => {
        const b = buddyPrisons.get(p.id) ?? {};
        const e = eventPrisons.get(p.id) ?? {};
        const r = recipientPrisons.get(p.id) ?? {};
        return {
          prison: p.name,
          cluster: p.clusterName,
          activeBuddies: num(b['active']) ?? 0,
          certified: num(b['stage_certified']) ?? 0,
          certifiedInPeriod: num(e['certified']) ?? 0,
          supervisionsHeld: num(e['supervisionsHeld']) ?? 0,
          withinPolicy: percent(b['withinPolicy'], b['active']),
          overdue: num(b['overdue']) ?? 0,
          recipientsSupported: num(r['supported']) ?? 0,
          recipientsWaiting: num(r['waiting']) ?? 0,
          openConcerns: openPrisons.get(p.id) ?? 0,
          outcomeReviews: num(e['reviews']) ?? 0,
          staffHours: round((num(e['trainerHours']) ?? 0) + (num(e['supervisionHours']) ?? 0)) ?? 0,
        };
      }),
    };

    return {
      scope: { value: chosen.value, label: chosen.label, prisons: prisons.map(({ code, name, clusterCode, clusterName }) => ({ code, name, clusterCode, clusterName })) },
      scopes: options,
      period,
      previous,
      today: on,
      groups: [buddies, training, supervision, certificates, support, safety, cost, outcomes, completeness],
      comparison,
    };
  }

  /**
   * The scopes the caller reaches for monitoring, broadest first: national for a national
   * role, each cluster reached as a whole, each prison reached. A scope outside them is refused.
   */
  private async scopeOf(actor: Actor, requested: string | undefined): Promise<{ options: MonitoringScopeOption[]; chosen: MonitoringScopeOption; prisons: ScopePrison[] }> {
    const scope = scopeFilter(actor, PERMISSIONS.readMonitoring);
    const [reachable, clusters]: [ScopePrison[], { code: string; name: string }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT p.id, p.code, p.name, cl.code AS "clusterCode", cl.name AS "clusterName",
                p.supervision_interval_days AS "supervisionIntervalDays", p.staff_cost_per_hour_pence AS "staffCostPerHourPence"
           FROM prisons p JOIN clusters cl ON cl.id = p.cluster_id
          WHERE ($1 OR cl.code = ANY($2) OR p.code = ANY($3)) ORDER BY cl.name, p.name`,
        [scope.national, scope.clusterCodes, scope.prisonCodes],
      ),
      this.dataSource.query(`SELECT code, name FROM clusters WHERE $1 OR code = ANY($2) ORDER BY name`, [scope.national, scope.clusterCodes]),
    ]);
    const options: MonitoringScopeOption[] = [
      ...(scope.national ? [{ value: 'national', label: 'National' }] : []),
      ...clusters.map((c) => ({ value: `cluster:${c.code}`, label: `${c.name} cluster` })),
      ...reachable.map((p) => ({ value: `prison:${p.code}`, label: p.name })),
    ];
    const chosen = requested === undefined ? options[0] : options.find((o) => o.value === requested);
    if (!chosen) throw new DomainError(HttpStatus.FORBIDDEN, 'OUT_OF_SCOPE', 'This is outside the prisons you have access to');
    const [kind, code] = chosen.value.split(':');
    const prisons = kind === 'national' ? reachable : reachable.filter((p) => (kind === 'cluster' ? p.clusterCode === code : p.code === code));
    return { options, chosen, prisons };
  }
}

/** The chosen period (default the 12 months up to today) and the previous period of the same length, ending the day before. */
export function periodsOf(query: { from?: string; to?: string }, on: string): { period: MonitoringPeriod; previous: MonitoringPeriod } {
  const to = query.to ?? on;
  const from = query.from ?? addDays(addMonths(to, -12), 1);
  if (to > on) throw invalid({ to: ['The end of the period cannot be after today'] });
  if (from > to) throw invalid({ from: ['The start of the period must be on or before its end'] });
  if (from <= addMonths(to, -12 * MAX_PERIOD_YEARS)) throw invalid({ from: [`A period can be at most ${MAX_PERIOD_YEARS} years long`] });
  const days = daysBetween(from, to) + 1;
  const previousTo = addDays(from, -1);
  return { period: { from, to }, previous: { from: addDays(previousTo, -(days - 1)), to: previousTo } };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
