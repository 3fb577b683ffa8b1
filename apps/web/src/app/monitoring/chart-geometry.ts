import type { FigureUnit, MonitoringChart, MonitoringTable } from '@peerpath/contracts';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { formatCell } from '@peerpath/web/monitoring/monitoring-format';

/*
 * The geometry of a monitoring chart, worked out here with d3-scale and d3-shape and drawn by
 * the chart component's template (no DOM work by d3). One axis only, starting at zero. Series
 * are told apart by words and shape, never by colour alone: each bar carries its value (and
 * its series' name when there are several), each line has its own marker shape and dash and
 * its name at its end.
 */

export const CHART_WIDTH = 640;
const FONT_PX = 16;
/** A generous width per character of 16px Arial, so labels are never cut off. */
const CHAR_PX = 8.5;
const TICK_COUNT = 5;

/** How series look, in order: a solid bar, an outlined one, a dashed outline; for lines, a marker and a dash. */
export const SERIES_STYLES: readonly {
  name: string;
  fill: string;
  stroke: string;
  dash: string | null;
  marker: SymbolType;
  markerName: string;
}[] = [
  { name: 'solid', fill: '#1d70b8', stroke: '#1d70b8', dash: null, marker: symbolCircle, markerName: 'circle' },
  { name: 'outlined', fill: '#ffffff', stroke: '#0b0c0c', dash: '8 4', marker: symbolSquare, markerName: 'square' },
  { name: 'dashed', fill: '#b1b4b6', stroke: '#0b0c0c', dash: '3 3', marker: symbolTriangle, markerName: 'triangle' },
  { name: 'dotted', fill: '#f3f2f1', stroke: '#0b0c0c', dash: '1 3', marker: symbolDiamond, markerName: 'diamond' },
];

export const styleOf = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length];

export interface ChartSeries {
  key: string;
  label: string;
  index: number;
}

export interface Tick {
  at: number;
  label: string;
}

export interface Bar {
  series: ChartSeries;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value in words, with the series' name when there are several. */
  label: string;
  labelX: number;
  labelY: number;
}

export interface BarChartGeometry {
  kind: 'bar';
  width: number;
  height: number;
  series: ChartSeries[];
  /** Each category's name, above its bars. */
  categories: { label: string; y: number }[];
  bars: Bar[];
  /** Along the bottom: where each tick stands and its label. */
  ticks: Tick[];
  axis: { x1: number; x2: number; y: number; top: number };
}

export interface LinePoint {
  category: string;
  x: number;
  y: number;
  value: number;
  /** The marker's path, centred on the point. */
  marker: string;
}

export interface ChartLine {
  series: ChartSeries;
  path: string;
  dash: string | null;
  points: LinePoint[];
  /** The series' name, beside its last point. */
  end: { x: number; y: number } | null;
}

export interface LineChartGeometry {
  kind: 'line';
  width: number;
  height: number;
  series: ChartSeries[];
  lines: ChartLine[];
  /** Along the bottom: the categories (thinned when there are too many to read). */
  categoryTicks: Tick[];
  /** Up the left: the values. */
  valueTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export type ChartGeometry = BarChartGeometry | LineChartGeometry;

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textWidth = (text: string) => Math.ceil(text.length * CHAR_PX);

function seriesOf(table: MonitoringTable, chart: MonitoringChart): ChartSeries[] {
  return chart.series.map((key, index) => ({ key, label: table.columns.find((c) => c.key === key)?.label ?? key, index }));
}

/** The series' shared unit (the contract says they share one). */
function unitOf(table: MonitoringTable, chart: MonitoringChart): FigureUnit | undefined {
  return table.columns.find((c) => c.key === chart.series[0])?.unit;
}

/** A scale's ticks as labels; whole numbers only for counts (no "half a buddy"). */
function ticksOf(scale: { ticks(count: number): number[] }, unit: FigureUnit | undefined, position: (value: number) => number): Tick[] {
  return scale
    .ticks(TICK_COUNT)
    .filter((value) => unit !== 'count' || Number.isInteger(value))
    .map((value) => ({ at: position(value), label: formatCell(value, unit) }));
}

function domainOf(values: number[]): [number, number] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return [low, high === low ? low + 1 : high];
}

/** Horizontal bars, one group per category with its name above it: long names never collide and narrow screens keep them. */
export function barChartOf(table: MonitoringTable, chart: MonitoringChart): BarChartGeometry {
  const series = seriesOf(table, chart);
  const unit = unitOf(table, chart);
  const categories = table.rows.map((row) => String(row[chart.category] ?? ''));
  const several = series.length > 1;
  const labelOf = (value: number | null, s: ChartSeries) => `${several ? `${s.label}: ` : ''}${formatCell(value, unit)}`;

  const values = table.rows.flatMap((row) => series.map((s) => numberOf(row[s.key]))).filter((v): v is number => v !== null);
  const labelRoom = Math.min(
    240,
    8 + Math.max(0, ...table.rows.flatMap((row) => series.map((s) => textWidth(labelOf(numberOf(row[s.key]), s))))),
  );
  const left = 4;
  const right = CHART_WIDTH - labelRoom;
  const x = scaleLinear().domain(domainOf(values)).nice(TICK_COUNT).range([left, right]);

  const nameRow = FONT_PX + 10;
  const barRow = 26;
  const blockHeight = nameRow + series.length * barRow + 16;
  const top = 4;
  const y = scaleBand<string>()
    .domain(categories.map((_c, i) => String(i)))
    .range([top, top + categories.length * blockHeight]);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([nameRow, nameRow + series.length * barRow])
    .paddingInner(0.2);
  const plotBottom = top + categories.length * blockHeight;

  const bars: Bar[] = [];
  table.rows.forEach((row, i) => {
    const blockTop = y(String(i)) ?? 0;
    for (const s of series) {
      const value = numberOf(row[s.key]);
      const barTop = blockTop + (inner(s.key) ?? 0);
      const start = x(Math.min(0, value ?? 0));
      const end = x(Math.max(0, value ?? 0));
      bars.push({
        series: s,
        category: categories[i],
        x: start,
        y: barTop,
        width: Math.max(0, end - start),
        height: inner.bandwidth(),
        label: labelOf(value, s),
        labelX: end + 6,
        labelY: barTop + inner.bandwidth() / 2,
      });
    }
  });

  return {
    kind: 'bar',
    width: CHART_WIDTH,
    height: plotBottom + FONT_PX + 16,
    series,
    categories: categories.map((label, i) => ({ label, y: (y(String(i)) ?? 0) + FONT_PX })),
    bars,
    ticks: ticksOf(x, unit, (value) => x(value)),
    axis: { x1: left, x2: right, y: plotBottom, top },
  };
}

/** One point per category along the bottom and the values up the left, a line per series through its points. */
export function lineChartOf(table: MonitoringTable, chart: MonitoringChart): LineChartGeometry {
  const series = seriesOf(table, chart);
  const unit = unitOf(table, chart);
  const categories = table.rows.map((row) => String(row[chart.category] ?? ''));
  const values = table.rows.flatMap((row) => series.map((s) => numberOf(row[s.key]))).filter((v): v is number => v !== null);

  const height = 320;
  const yScale = scaleLinear().domain(domainOf(values)).nice(TICK_COUNT);
  const valueTicks = yScale.ticks(TICK_COUNT).filter((v) => unit !== 'count' || Number.isInteger(v));
  const left = 8 + Math.max(...valueTicks.map((v) => textWidth(formatCell(v, unit))), 0);
  const right = CHART_WIDTH - Math.min(200, 16 + Math.max(0, ...series.map((s) => textWidth(s.label))));
  const plot = { left, right, top: 12, bottom: height - 36 };
  yScale.range([plot.bottom, plot.top]);
  const x = scaleBand<string>()
    .domain(categories.map((_c, i) => String(i)))
    .range([left, right])
    .paddingInner(0.1);
  const centre = (i: number) => (x(String(i)) ?? 0) + x.bandwidth() / 2;

  const lines: ChartLine[] = series.map((s) => {
    const style = styleOf(s.index);
    const marker = symbol(style.marker, 64)() ?? '';
    const points: LinePoint[] = [];
    table.rows.forEach((row, i) => {
      const value = numberOf(row[s.key]);
      if (value !== null) points.push({ category: categories[i], x: centre(i), y: yScale(value), value, marker });
    });
    // A gap where a month has no figure, rather than a line drawn through it.
    const all = table.rows.map((row, i) => ({ i, value: numberOf(row[s.key]) }));
    const path =
      line<{ i: number; value: number | null }>()
        .defined((p) => p.value !== null)
        .x((p) => centre(p.i))
        .y((p) => yScale(p.value ?? 0))(all) ?? '';
    const last = points.at(-1);
    return { series: s, path, dash: style.dash, points, end: last ? { x: last.x + 10, y: last.y } : null };
  });
  spreadEndLabels(lines, FONT_PX + 2);

  // As many category labels as fit side by side; the table beside the chart has every one.
  const widest = Math.max(1, ...categories.map(textWidth));
  const every = Math.max(1, Math.ceil(categories.length / Math.max(1, Math.floor((right - left) / (widest + 12)))));
  const categoryTicks = categories.map((label, i) => ({ at: centre(i), label })).filter((_t, i) => i % every === 0);

  return {
    kind: 'line',
    width: CHART_WIDTH,
    height,
    series,
    lines,
    categoryTicks,
    valueTicks: valueTicks.map((v) => ({ at: yScale(v), label: formatCell(v, unit) })),
    plot,
  };
}

/** Moves the lines' end labels apart so that no two overlap (lines ending on the same value). */
function spreadEndLabels(lines: ChartLine[], gap: number): void {
  const ends = lines.map((l) => l.end).filter((e): e is { x: number; y: number } => e !== null).sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) {
    if (ends[i].y - ends[i - 1].y < gap) ends[i].y = ends[i - 1].y + gap;
  }
}

export function chartOf(table: MonitoringTable): ChartGeometry | null {
  if (!table.chart || table.rows.length === 0) return null;
  return table.chart.kind === 'bar' ? barChartOf(table, table.chart) : lineChartOf(table, table.chart);
}
