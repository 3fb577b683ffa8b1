import type { MonitoringDashboard, MonitoringGroup, MonitoringGroupKey } from '@peerpath/contracts';
import { accessibilityFacts, pdfText } from '@peerpath/api/testing/pdf-reader';
import { figureText, schemeSummaryPdf } from './scheme-summary-pdf';

const group = (key: MonitoringGroup['key']): MonitoringGroup => ({
  key,
  title: `Group ${key}`,
  figures: Array.from({ length: 6 }, (_, i) => ({
    key: `${key}.f${i}`,
    label: `A figure about ${key} that has quite a long name ${i}`,
    definition: 'What it counts.',
    unit: (['count', 'percent', 'days', 'hours', 'pounds', 'score'] as const)[i],
    value: i * 3.5,
    previous: i % 2 ? null : i,
  })),
  tables:
    key === 'buddies'
      ? [
          {
            key: 'buddies.funnel',
            title: 'From application to support',
            definition: 'People at each step in the period.',
            columns: [{ key: 'step', label: 'Step' }, { key: 'count', label: 'People', unit: 'count' }],
            rows: ['Applied', 'Selected', 'Enrolled', 'Certified', 'Allocated'].map((step, i) => ({ step, count: 50 - i * 8 })),
          },
        ]
      : [],
});

const DASHBOARD: MonitoringDashboard = {
  scope: {
    value: 'cluster:wales',
    label: 'Wales cluster',
    prisons: [
      { code: 'CFI', name: 'HMP Caerdydd', clusterCode: 'wales', clusterName: 'Wales' },
      { code: 'SWI', name: 'CEM Abertawe – Ŵyr', clusterCode: 'wales', clusterName: 'Wales' },
    ],
  },
  scopes: [],
  period: { from: '2025-12-02', to: '2026-12-01' },
  previous: { from: '2024-12-02', to: '2025-12-01' },
  today: '2026-12-01',
  groups: (['buddies', 'training', 'supervision', 'certificates', 'support', 'safety', 'cost', 'outcomes', 'completeness'] as MonitoringGroupKey[]).map(group),
  comparison: { key: 'comparison', title: 'Prisons compared', definition: '', columns: [], rows: [] },
};

describe('the scheme summary PDF', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = (await schemeSummaryPdf(DASHBOARD)).toString('latin1');
  });

  it('is one page, however many groups the dashboard has', () => {
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('is tagged for screen readers: marked, a structure tree, headings and table header cells, a language and a shown title', () => {
    expect(pdf).toContain('/MarkInfo');
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toMatch(/\/S \/H1\b/);
    expect(pdf).toMatch(/\/S \/Table\b/);
    expect(pdf).toMatch(/\/S \/TH\b/);
    expect(pdf).toContain('/Lang (en-GB)');
    expect(pdf).toContain('/DisplayDocTitle true');
  });

  it('declares PDF/UA, leaves nothing untagged, and prints Welsh names as they are spelt', async () => {
    const buffer = await schemeSummaryPdf(DASHBOARD);
    expect(accessibilityFacts(buffer)).toMatchObject({ pdfUa: true, title: 'Buddy scheme summary: Wales cluster', untaggedPaint: 0, standardFonts: 0, annotationsWithoutStructure: 0 });
    expect(pdfText(buffer)).toContain('CEM Abertawe – Ŵyr');
  });

  it('says when its figures were computed, in London time, as the page does', async () => {
    const text = pdfText(await schemeSummaryPdf({ ...DASHBOARD, asOf: '2026-06-01T06:12:40Z', refreshMinutes: 10 })).replace(/\s+/g, ' ');
    expect(text).toContain('Figures as at 07:12 on 1 June 2026 (national and cluster figures are refreshed every 10 minutes).');
  });

  it('embeds a Unicode font (with its character map), so Welsh names print', () => {
    expect(pdf).toContain('/FontFile2');
    expect(pdf).toContain('DejaVuSans');
    expect(pdf).toContain('/ToUnicode');
    expect(pdf).not.toContain('/BaseFont /Helvetica');
  });

  it('writes figures as people read them', () => {
    expect(figureText(null, 'count')).toBe('–');
    expect(figureText(1234, 'count')).toBe('1,234');
    expect(figureText(82.46, 'percent')).toBe('82.5%');
    expect(figureText(1, 'days')).toBe('1 day');
    expect(figureText(1240, 'pounds')).toBe('£1,240.00');
    expect(figureText(4.25, 'score')).toBe('4.3 out of 5');
  });
});
