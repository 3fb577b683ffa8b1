import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MonitoringTable } from '@peerpath/contracts';
import { chartOf, type ChartSeries, styleOf } from '@peerpath/web/monitoring/chart-geometry';

/**
 * A monitoring table drawn as an SVG chart: geometry from chart-geometry.ts (d3-scale and
 * d3-shape), drawing by this template. The chart is one image to assistive technology, named by
 * the chart's summary sentence; the figures themselves are in the table the page shows beside
 * it. At narrow widths the chart scrolls inside its own region rather than shrinking its text.
 */
@Component({
  selector: 'pp-monitoring-chart',
  template: `
    @if (geometry(); as g) {
      <div class="pp-scroll-region" role="region" [attr.aria-label]="table().title + ', chart'" tabindex="0">
        <svg
          class="pp-chart"
          role="img"
          focusable="false"
          xmlns="http://www.w3.org/2000/svg"
          [attr.aria-label]="summary()"
          [attr.data-kind]="g.kind"
          [attr.viewBox]="'0 0 ' + g.width + ' ' + g.height"
          [attr.width]="g.width"
          [attr.height]="g.height"
        >
          <title>{{ summary() }}</title>
          @if (g.kind === 'bar') {
            @for (tick of g.ticks; track $index; let first = $first) {
              <line class="pp-chart__grid" [attr.x1]="tick.at" [attr.x2]="tick.at" [attr.y1]="g.axis.top" [attr.y2]="g.axis.y" />
              <text class="pp-chart__tick" [attr.x]="tick.at" [attr.y]="g.axis.y + 22" [attr.text-anchor]="first ? 'start' : 'middle'">{{ tick.label }}</text>
            }
            <line class="pp-chart__axis" [attr.x1]="g.axis.x1" [attr.x2]="g.axis.x2" [attr.y1]="g.axis.y" [attr.y2]="g.axis.y" />
            <line class="pp-chart__axis" [attr.x1]="g.axis.x1" [attr.x2]="g.axis.x1" [attr.y1]="g.axis.top" [attr.y2]="g.axis.y" />
            @for (category of g.categories; track $index) {
              <text class="pp-chart__category" [attr.x]="g.axis.x1 + 6" [attr.y]="category.y">{{ category.label }}</text>
            }
            @for (bar of g.bars; track $index) {
              <rect
                class="pp-chart__bar"
                [attr.data-series]="bar.series.key"
                [attr.data-style]="style(bar.series).name"
                [attr.x]="bar.x"
                [attr.y]="bar.y"
                [attr.width]="bar.width"
                [attr.height]="bar.height"
                [attr.fill]="style(bar.series).fill"
                [attr.stroke]="style(bar.series).stroke"
                [attr.stroke-dasharray]="style(bar.series).dash"
                stroke-width="2"
              />
              <text class="pp-chart__value" [attr.x]="bar.labelX" [attr.y]="bar.labelY" dominant-baseline="central">{{ bar.label }}</text>
            }
          } @else {
            @for (tick of g.valueTicks; track $index) {
              <line class="pp-chart__grid" [attr.x1]="g.plot.left" [attr.x2]="g.plot.right" [attr.y1]="tick.at" [attr.y2]="tick.at" />
              <text class="pp-chart__tick" [attr.x]="g.plot.left - 8" [attr.y]="tick.at" text-anchor="end" dominant-baseline="central">{{ tick.label }}</text>
            }
            <line class="pp-chart__axis" [attr.x1]="g.plot.left" [attr.x2]="g.plot.right" [attr.y1]="g.plot.bottom" [attr.y2]="g.plot.bottom" />
            <line class="pp-chart__axis" [attr.x1]="g.plot.left" [attr.x2]="g.plot.left" [attr.y1]="g.plot.top" [attr.y2]="g.plot.bottom" />
            @for (tick of g.categoryTicks; track $index) {
              <text class="pp-chart__tick" [attr.x]="tick.at" [attr.y]="g.plot.bottom + 24" text-anchor="middle">{{ tick.label }}</text>
            }
            @for (l of g.lines; track l.series.key) {
              <path
                class="pp-chart__line"
                [attr.data-series]="l.series.key"
                [attr.d]="l.path"
                fill="none"
                [attr.stroke]="style(l.series).stroke"
                [attr.stroke-dasharray]="l.dash"
                stroke-width="3"
              />
              @for (point of l.points; track $index) {
                <path
                  class="pp-chart__marker"
                  [attr.data-series]="l.series.key"
                  [attr.data-marker]="style(l.series).markerName"
                  [attr.d]="point.marker"
                  [attr.transform]="'translate(' + point.x + ',' + point.y + ')'"
                  [attr.fill]="style(l.series).fill"
                  stroke="#0b0c0c"
                  stroke-width="1.5"
                />
              }
              @if (l.end; as end) {
                <text class="pp-chart__value" [attr.x]="end.x" [attr.y]="end.y" dominant-baseline="central">{{ l.series.label }}</text>
              }
            }
          }
        </svg>
      </div>
      @if (g.series.length > 1) {
        <ul class="govuk-list pp-chart-legend" [attr.data-testid]="'legend-' + table().key">
          @for (s of g.series; track s.key) {
            <li class="pp-chart-legend__item">
              <svg width="36" height="18" viewBox="0 0 36 18" aria-hidden="true" focusable="false">
                @if (g.kind === 'bar') {
                  <rect x="1" y="2" width="34" height="14" stroke-width="2" [attr.fill]="style(s).fill" [attr.stroke]="style(s).stroke" [attr.stroke-dasharray]="style(s).dash" />
                } @else {
                  <line x1="0" x2="36" y1="9" y2="9" stroke-width="3" [attr.stroke]="style(s).stroke" [attr.stroke-dasharray]="style(s).dash" />
                  <path [attr.d]="marker(s)" transform="translate(18,9)" [attr.fill]="style(s).fill" stroke="#0b0c0c" stroke-width="1.5" />
                }
              </svg>
              {{ s.label }}
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .pp-chart {
      display: block;
      width: 100%;
      min-width: 30em;
      max-width: 40em;
      height: auto;
      font-family: arial, sans-serif;
      font-size: 16px;
      fill: #0b0c0c;
    }
    .pp-chart__grid {
      stroke: #b1b4b6;
      stroke-width: 1;
    }
    .pp-chart__axis {
      stroke: #0b0c0c;
      stroke-width: 2;
    }
    .pp-chart__category {
      font-weight: bold;
    }
    .pp-chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0 20px;
    }
    .pp-chart-legend__item svg {
      vertical-align: middle;
      margin-right: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringChartView {
  /** A table with a chart. */
  readonly table = input.required<MonitoringTable>();

  protected readonly geometry = computed(() => chartOf(this.table()));
  protected readonly summary = computed(() => this.table().chart?.summary ?? this.table().title);
  protected readonly style = (series: ChartSeries) => styleOf(series.index);

  protected marker(series: ChartSeries): string {
    const line = this.geometry();
    return line?.kind === 'line' ? (line.lines[series.index]?.points[0]?.marker ?? '') : '';
  }
}
