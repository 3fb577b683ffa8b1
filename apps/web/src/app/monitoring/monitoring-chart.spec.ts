import { TestBed } from '@angular/core/testing';
import type { MonitoringTable } from '@peerpath/contracts';
import { MonitoringChartView } from '@peerpath/web/monitoring/monitoring-chart';
import { DEVON_DASHBOARD } from '@peerpath/web/monitoring/monitoring.fixtures';

const tableOf = (key: string): MonitoringTable => {
  const table = DEVON_DASHBOARD.groups.flatMap((g) => g.tables).find((t) => t.key === key);
  if (!table) throw new Error(key);
  return table;
};

describe('MonitoringChartView', () => {
  function render(table: MonitoringTable): SVGSVGElement {
    TestBed.configureTestingModule({ imports: [MonitoringChartView] });
    const fixture = TestBed.createComponent(MonitoringChartView);
    fixture.componentRef.setInput('table', table);
    fixture.detectChanges();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg.pp-chart');
    if (!svg) throw new Error('no chart');
    return svg as SVGSVGElement;
  }
  const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.trim());

  describe('a bar chart', () => {
    const funnel = tableOf('buddies.funnel');

    it('is one image named by the chart’s summary', () => {
      const svg = render(funnel);
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe('Of 15 people who applied, 12 were selected, 10 trained, 9 certified and 7 allocated.');
      expect(svg.querySelector('title')?.textContent).toBe(funnel.chart?.summary);
      expect(svg.closest('.pp-scroll-region')?.getAttribute('aria-label')).toBe('From application to allocation, chart');
    });

    it('draws a bar per row, each with its category named and its value written beside it', () => {
      const svg = render(funnel);
      expect(svg.querySelectorAll('rect.pp-chart__bar')).toHaveLength(5);
      expect(texts(svg, '.pp-chart__category')).toEqual(['Applied', 'Selected', 'Trained', 'Certified', 'Allocated']);
      expect(texts(svg, '.pp-chart__value')).toEqual(['15', '12', '10', '9', '7']);
    });

    it('makes each bar’s length its value on one axis from zero, with whole-number ticks for counts', () => {
      const svg = render(funnel);
      const widths = Array.from(svg.querySelectorAll('rect.pp-chart__bar')).map((r) => Number(r.getAttribute('width')));
      expect(widths[0]).toBeGreaterThan(widths[1]);
      expect(widths[1] / widths[0]).toBeCloseTo(12 / 15, 5);
      const ticks = texts(svg, '.pp-chart__tick');
      expect(ticks[0]).toBe('0');
      expect(ticks.every((t) => /^\d+$/.test(t ?? ''))).toBe(true);
    });

    it('tells several series apart by their names on every bar and their fill and outline, not colour alone', () => {
      const table: MonitoringTable = {
        ...funnel,
        columns: [...funnel.columns, { key: 'before', label: 'Year before', unit: 'count' }],
        rows: funnel.rows.map((row, i) => ({ ...row, before: 14 - i })),
        chart: { kind: 'bar', category: 'stage', series: ['people', 'before'], summary: 'More people at every stage than the year before.' },
      };
      const svg = render(table);
      expect(svg.querySelectorAll('rect.pp-chart__bar')).toHaveLength(10);
      expect(texts(svg, '.pp-chart__value').slice(0, 2)).toEqual(['People: 15', 'Year before: 14']);
      const bars = Array.from(svg.querySelectorAll('rect.pp-chart__bar'));
      const look = (series: string) => {
        const bar = bars.find((b) => b.getAttribute('data-series') === series);
        return `${bar?.getAttribute('fill')} ${bar?.getAttribute('stroke')} ${bar?.getAttribute('stroke-dasharray')}`;
      };
      expect(look('people')).not.toEqual(look('before'));
      // Light against dark as well as by hue: a solid bar, and an outlined white one.
      expect(bars.find((b) => b.getAttribute('data-series') === 'before')?.getAttribute('fill')).toBe('#ffffff');
    });
  });

  describe('a line chart', () => {
    const monthly = tableOf('supervision.monthly');

    it('draws a line per series with a marker at every month that has a figure, and a gap where one has none', () => {
      const svg = render(monthly);
      expect(svg.getAttribute('aria-label')).toBe('Sessions held kept close to sessions due in most months.');
      expect(svg.querySelectorAll('path.pp-chart__line')).toHaveLength(2);
      expect(svg.querySelectorAll('path.pp-chart__marker[data-series="held"]')).toHaveLength(5);
      expect(svg.querySelectorAll('path.pp-chart__marker[data-series="due"]')).toHaveLength(6);
      // Two separate runs (M … M …) either side of March, which has no figure for sessions held.
      expect(svg.querySelector('path.pp-chart__line[data-series="held"]')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    });

    it('names each line at its end and gives each its own marker shape and dash, not only its own colour', () => {
      const svg = render(monthly);
      expect(texts(svg, '.pp-chart__value')).toEqual(['Held', 'Due']);
      const marker = (series: string) => svg.querySelector(`path.pp-chart__marker[data-series="${series}"]`);
      expect(marker('held')?.getAttribute('data-marker')).toBe('circle');
      expect(marker('due')?.getAttribute('data-marker')).toBe('square');
      expect(marker('held')?.getAttribute('d')).not.toEqual(marker('due')?.getAttribute('d'));
      const dash = (series: string) => svg.querySelector(`path.pp-chart__line[data-series="${series}"]`)?.getAttribute('stroke-dasharray');
      expect(dash('held')).toBeNull();
      expect(dash('due')).toBe('8 4');
    });

    it('labels the months along the bottom and the values up one axis', () => {
      const svg = render(monthly);
      const ticks = texts(svg, '.pp-chart__tick');
      expect(ticks).toEqual(expect.arrayContaining(['December 2025', '0']));
      expect(svg.querySelectorAll('line.pp-chart__axis')).toHaveLength(2);
    });

    it('has a legend naming each series', () => {
      TestBed.configureTestingModule({ imports: [MonitoringChartView] });
      const fixture = TestBed.createComponent(MonitoringChartView);
      fixture.componentRef.setInput('table', monthly);
      fixture.detectChanges();
      const legend = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="legend-supervision.monthly"]');
      expect(texts(legend as Element, 'li')).toEqual(['Held', 'Due']);
    });
  });
});
