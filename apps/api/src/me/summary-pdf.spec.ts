import type { MySummary } from '@peerpath/contracts';
import { accessibilityFacts, pdfText } from '@peerpath/api/testing/pdf-reader';
import { summaryPdf } from './summary-pdf';

const ME = {
  firstName: 'Dafydd Ŵyn',
  lastName: 'Łukasz-Ştefan',
  prisonNumber: 'A1234BC',
  prisonName: 'CEM Caerdydd',
  programmeTitle: 'Buddy Support Worker',
  modulesDone: 1,
  modulesTotal: 2,
  modules: [
    { number: 1, title: 'Safeguarding', state: 'complete', met: 3, total: 3 },
    { number: 2, title: 'Helping with meals', state: 'in_progress', met: 1, total: 3 },
  ],
  nextSession: null,
  allocations: [{ recipientName: 'Siôn Ŷr Ćwik', tasks: ['collecting_meals'], plannedWeeklyHours: 3 }],
  supervision: { nextDueOn: null, state: 'none' },
  certificate: null,
} as unknown as MySummary;

describe("the buddy's printed summary", () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await summaryPdf(ME);
  });

  it('prints every name as it is spelt: the text comes back out of the PDF', () => {
    const text = pdfText(pdf);
    expect(text.split('\n')).toContain('Dafydd Ŵyn Łukasz-Ştefan');
    expect(text).toContain('You support Siôn Ŷr Ćwik.');
    expect(text).not.toContain('\uFFFD');
  });

  it('is tagged PDF/UA with headings, paragraphs and a list, in an embedded font', () => {
    const facts = accessibilityFacts(pdf);
    expect(facts).toMatchObject({
      marked: true,
      structureTree: true,
      lang: 'en-GB',
      displayDocTitle: true,
      title: 'My buddy training: Dafydd Ŵyn Łukasz-Ştefan',
      pdfUa: true,
      untaggedPaint: 0,
      standardFonts: 0,
    });
    expect(facts.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody']));
    expect(facts.embeddedFonts).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  });
});
