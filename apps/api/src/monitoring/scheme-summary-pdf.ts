import type { FigureUnit, MonitoringDashboard, MonitoringFigure, MonitoringGroup, MonitoringTable } from '@peerpath/contracts';
import { formatDate, prisonTime, prisonToday } from '@peerpath/domain';
import { renderPdf } from '@peerpath/api/platform/pdf';

/** How many headline figures of each group fit on the one page. */
const FIGURES_PER_GROUP = 4;
const MARGIN = 36;
const GAP = 18;
const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const RULE = '#b1b4b6';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure as people read it: "82%", "14 days", "£1,240.00", "4.2 out of 5"; a dash for nothing to measure. */
export function figureText(value: number | null, unit: FigureUnit | undefined): string {
  if (value === null) return '–';
  switch (unit) {
    case 'percent':
      return `${number.format(value)}%`;
    case 'days':
      return `${number.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${number.format(value)} h`;
    case 'pounds':
      return pounds.format(value);
    case 'score':
      return `${number.format(value)} out of 5`;
    default:
      return number.format(value);
  }
}

/** " Figures as at 06:12 on 1 December 2026 (refreshed every 10 minutes).", London time, when the dashboard says when it was computed. */
function asAt({ asOf, refreshMinutes }: MonitoringDashboard): string {
  if (!asOf) return '';
  const at = new Date(asOf);
  return ` Figures as at ${prisonTime(at)} on ${formatDate(prisonToday(at))}${refreshMinutes ? ` (national and cluster figures are refreshed every ${refreshMinutes} minutes)` : ''}.`;
}

/** The funnel, when the dashboard has one: the story of the period in one table. */
const funnelOf = (dashboard: MonitoringDashboard): MonitoringTable | undefined =>
  dashboard.groups.flatMap((g) => g.tables).find((t) => t.key.endsWith('funnel'));

/**
 * The one-page scheme summary for a partnership board or an inspection visit, drawn from the
 * dashboard itself so that the paper and the screen always agree: each group's headline
 * figures against the previous period, and the funnel. Tagged (headings, tables with header
 * cells, a language and a title) so a screen reader can follow it, in an embedded Unicode font.
 */
export function schemeSummaryPdf(dashboard: MonitoringDashboard): Promise<Buffer> {
  const title = `Buddy scheme summary: ${dashboard.scope.label}`;
  return renderPdf(
    { title, subject: `Monitoring figures, ${formatDate(dashboard.period.from)} to ${formatDate(dashboard.period.to)}` },
    (doc) => {
      const pageWidth = doc.page.width - 2 * MARGIN;
      const columnWidth = (pageWidth - GAP) / 2;
      const document = doc.struct('Document');
      doc.addStructure(document);

      const heading = (text: string, level: 'H1' | 'H2', size: number, x: number, y: number, width: number) => {
        document.add(doc.struct(level, {}, () => doc.font('Bold').fontSize(size).fillColor(INK).text(text, x, y, { width })));
      };
      const paragraph = (text: string, size: number, x: number, y: number, width: number, color = SECONDARY) => {
        document.add(doc.struct('P', {}, () => doc.font('Body').fontSize(size).fillColor(color).text(text, x, y, { width })));
      };

      heading(title, 'H1', 16, MARGIN, MARGIN, pageWidth);
      const prisons = dashboard.scope.prisons.map((p) => p.name).join(', ');
      paragraph(
        `${formatDate(dashboard.period.from)} to ${formatDate(dashboard.period.to)}, compared with ${formatDate(dashboard.previous.from)} to ${formatDate(dashboard.previous.to)}. ` +
          `Prisons: ${prisons || 'none'}. Figures of “now” are as at ${formatDate(dashboard.today)}.${asAt(dashboard)}`,
        8.5,
        MARGIN,
        doc.y + 2,
        pageWidth,
      );
      const top = doc.y + 8;

      // Groups flow down the left column, then the right: the order an evaluation reads them.
      const columns = [
        { x: MARGIN, y: top },
        { x: MARGIN + columnWidth + GAP, y: top },
      ];
      const groups = dashboard.groups.filter((g) => g.figures.length);
      const half = Math.ceil(groups.length / 2);
      groups.forEach((group, i) => {
        const column = columns[i < half ? 0 : 1];
        column.y = drawGroup(doc, document, group, column.x, column.y, columnWidth) + 8;
      });

      const funnel = funnelOf(dashboard);
      let y = Math.max(columns[0].y, columns[1].y);
      if (funnel) {
        heading(funnel.title, 'H2', 10, MARGIN, y, pageWidth);
        y = drawTable(doc, document, funnel, MARGIN, doc.y + 2, pageWidth) + 6;
      }
      paragraph(
        'Each figure counts by the same rules as Peerpath’s own pages. Its one-sentence definition, the tables behind it and CSV downloads are on the Monitoring page.',
        7,
        MARGIN,
        Math.max(y, doc.page.height - MARGIN - 20),
        pageWidth,
      );
      document.end();
    },
    { margin: MARGIN },
  );
}

/** One group: its title and a table of its headline figures; returns where it ends. */
function drawGroup(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, group: MonitoringGroup, x: number, y: number, width: number): number {
  parent.add(doc.struct('H2', {}, () => doc.font('Bold').fontSize(10).fillColor(INK).text(group.title, x, y, { width })));
  const figures = group.figures.slice(0, FIGURES_PER_GROUP);
  const header = ['Figure', 'This period', 'Previous'];
  const rows = figures.map((f: MonitoringFigure) => [f.label, figureText(f.value, f.unit), f.previous === null ? '–' : figureText(f.previous, f.unit)]);
  return tagged(doc, parent, header, rows, x, doc.y + 2, width, [width - 128, 64, 64]);
}

function drawTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, table: MonitoringTable, x: number, y: number, width: number): number {
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((row) => table.columns.map((c) => (typeof row[c.key] === 'number' ? figureText(row[c.key] as number, c.unit) : String(row[c.key] ?? '–'))));
  return tagged(doc, parent, header, rows, x, y, width);
}

/** A table whose first row is header cells (TH, scoped to columns), in the structure tree. */
function tagged(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, header: string[], rows: string[][], x: number, y: number, width: number, widths?: number[]): number {
  doc.font('Body').fontSize(7.5).fillColor(INK);
  const data: PDFKit.Mixins.CellOptions[][] = [
    header.map((text) => ({ text, type: 'TH', font: { src: 'Bold' }, textColor: SECONDARY })),
    ...rows.map((row) => row.map((text, i): PDFKit.Mixins.CellOptions => ({ text, type: 'TD', align: { x: i === 0 ? 'left' : 'right' } }))),
  ];
  doc.table({
    position: { x, y },
    maxWidth: width,
    ...(widths ? { columnStyles: widths } : {}),
    defaultStyle: { border: { bottom: 0.5 }, borderColor: RULE, padding: { top: 1.5, bottom: 1.5, left: 2, right: 2 } },
    data,
    // PDFKit tags the table (Table, TR, TH/TD) when given a parent; its types lack the option.
    ...({ structParent: parent } as object),
  });
  return doc.y;
}
