import type { CertificateView } from '@peerpath/contracts';
import { accessibilityFacts, pdfText } from '@peerpath/api/testing/pdf-reader';
import { certificatePdf } from './certificate-pdf';

/** Welsh ŵ and the Latin Extended-A letters of Polish and Romanian names. */
const NAME = 'Dafydd Ŵyn Łukasz-Ştefan';

const CERTIFICATE: CertificateView = {
  id: '0b3f7a4e-7a2c-4c1e-9f5d-2f1a9c3e8b10',
  number: 'PP-CFI-2026-00007',
  buddyId: '5d2c9f1e-1b3a-4e6f-8a7b-9c0d1e2f3a4b',
  prisonNumber: 'A1234BC',
  holderName: NAME,
  programmeTitle: 'Buddy Support Worker',
  versionLabel: '2024.1',
  issuingPrisonCode: 'CFI',
  issuingPrisonName: 'CEM Caerdydd – Ŷ Wal',
  issuedOn: '2026-03-03',
  expiresOn: '2028-03-03',
  status: 'valid',
  issuedBy: 'Chris Coordinator',
  verificationPath: '/verify/q3XbN0c1T2vS8d9Hk4mW7A',
  shortCode: 'K7QX-94MD-2R',
  history: [],
  renewsNumber: null,
  renewedByNumber: null,
  version: 1,
};

describe('the printed certificate', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await certificatePdf(CERTIFICATE, 'https://peerpath.example/verify/q3XbN0c1T2vS8d9Hk4mW7A');
  });

  it('prints every name as it is spelt: the text comes back out of the PDF', () => {
    const lines = pdfText(pdf).split('\n');
    expect(lines).toContain(NAME);
    expect(lines).toContain('CEM Caerdydd – Ŷ Wal');
    expect(pdfText(pdf)).not.toContain('\uFFFD');
  });

  it('prints the short code under the QR code for a verifier who cannot scan it', () => {
    const lines = pdfText(pdf).split('\n');
    expect(lines).toContain('K7QX-94MD-2R');
    expect(lines.indexOf('K7QX-94MD-2R')).toBeGreaterThan(lines.indexOf('Valid'));
    // The QR code still carries the long code.
    expect(pdf.toString('latin1')).toContain('/URI (https://peerpath.example/verify/q3XbN0c1T2vS8d9Hk4mW7A)');
  });

  it('is tagged PDF/UA: marked, a structure tree, a language, its title shown, nothing untagged', () => {
    const facts = accessibilityFacts(pdf);
    expect(facts).toMatchObject({
      marked: true,
      structureTree: true,
      lang: 'en-GB',
      displayDocTitle: true,
      title: `Peerpath certificate PP-CFI-2026-00007: ${NAME}`,
      pdfUa: true,
      annotationsWithoutStructure: 0,
      untaggedPaint: 0,
    });
    expect(facts.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link']));
  });

  it('describes the QR code to a screen reader', () => {
    expect(accessibilityFacts(pdf).figureAlts).toEqual(['QR code linking to the verification page for certificate PP-CFI-2026-00007']);
  });

  it('embeds its Unicode font and uses no standard (Latin-1 only) font', () => {
    const facts = accessibilityFacts(pdf);
    expect(facts.embeddedFonts).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(facts.standardFonts).toBe(0);
  });
});
