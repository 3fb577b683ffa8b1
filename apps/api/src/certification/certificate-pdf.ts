import QRCode from 'qrcode';
import type { CertificateView } from '@peerpath/contracts';
import { formatDate } from '@peerpath/domain';
import { artifact, labelledRows, renderPdf, taggedLink } from '@peerpath/api/platform/pdf';

const STATUS_WORDS: Record<CertificateView['status'], string> = {
  valid: 'Valid',
  expired: 'Expired',
  suspended: 'Suspended',
  revoked: 'Revoked',
  superseded: 'Replaced by a renewed certificate',
};

const MARGIN = 56;
const QR_SIZE = 150;
const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const BRAND = '#1d70b8';

/**
 * The certificate as one A4 page: who, what, when, where, and a QR code to the public
 * verification page, which is the only proof that counts (paper can be copied). Under the QR
 * code, the short code a verifier can type when they cannot scan. Tagged: a heading, paragraphs,
 * a table of facts, the QR code as a figure with a description; the border is decoration.
 */
export async function certificatePdf(certificate: CertificateView, verifyUrl: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 360, errorCorrectionLevel: 'M' });
  return renderPdf({ title: `Peerpath certificate ${certificate.number}: ${certificate.holderName}`, subject: `${certificate.programmeTitle} (${certificate.versionLabel})` }, (doc) => {
    const width = doc.page.width - 2 * MARGIN;
    const document = doc.struct('Document');
    doc.addStructure(document);
    const say = (type: 'H1' | 'P', font: 'Body' | 'Bold', size: number, text: string, color = INK, options: PDFKit.Mixins.TextOptions = {}) =>
      document.add(doc.struct(type, {}, () => doc.font(font).fontSize(size).fillColor(color).text(text, { width, ...options })));

    artifact(doc, () => {
      doc.rect(MARGIN / 2, MARGIN / 2, doc.page.width - MARGIN, doc.page.height - MARGIN).lineWidth(1.5).strokeColor(BRAND).stroke();
    });
    doc.x = MARGIN;
    doc.y = MARGIN;
    say('P', 'Bold', 14, 'PEERPATH', BRAND, { characterSpacing: 2 });
    doc.moveDown(2);
    say('H1', 'Bold', 30, 'Certificate of completion');
    doc.moveDown(0.5);
    say('P', 'Body', 14, 'This certifies that');
    doc.moveDown(0.3);
    say('P', 'Bold', 26, certificate.holderName);
    say('P', 'Body', 12, `Prison number ${certificate.prisonNumber}`);
    doc.moveDown(0.8);
    say('P', 'Body', 14, 'has completed every module of');
    doc.moveDown(0.3);
    say('P', 'Bold', 20, `${certificate.programmeTitle} (${certificate.versionLabel})`);
    say('P', 'Body', 14, 'and is certified to support other prisoners as a buddy, for non-intimate care only.');
    doc.moveDown(1.2);

    const top = doc.y;
    const qrX = doc.page.width - MARGIN - QR_SIZE;
    const facts: [string, string][] = [
      ['Certificate number', certificate.number],
      ['Issued', formatDate(certificate.issuedOn)],
      ['Expires', formatDate(certificate.expiresOn)],
      ['Issued at', certificate.issuingPrisonName],
      ['Status when printed', STATUS_WORDS[certificate.status]],
    ];
    labelledRows(
      doc,
      document,
      facts.map(([label, value]) => [
        () => doc.font('Body').fontSize(11).fillColor(SECONDARY).text(label, MARGIN, doc.y, { width: qrX - MARGIN - 12 }),
        () => {
          doc.font('Bold').fontSize(13).fillColor(INK).text(value, MARGIN, doc.y, { width: qrX - MARGIN - 12 });
          doc.moveDown(0.4);
        },
      ]),
    );

    // The code is a link too, for anyone reading the PDF on screen.
    const figure = doc.struct('Figure', { alt: `QR code linking to the verification page for certificate ${certificate.number}` }, () =>
      doc.image(qr, qrX, top, { width: QR_SIZE }),
    );
    taggedLink(doc, document, { x: qrX, y: top, width: QR_SIZE, height: QR_SIZE }, verifyUrl, `Check certificate ${certificate.number} on the verification page`, figure);
    const under = { width: QR_SIZE + 30, align: 'center' as const };
    const formUrl = verifyUrl.slice(0, verifyUrl.lastIndexOf('/'));
    document.add(
      doc.struct('P', {}, () =>
        doc.font('Body').fontSize(9).fillColor(SECONDARY).text(`Scan to check this certificate is genuine and still valid, or enter this code at ${formUrl}:`, qrX - 15, top + QR_SIZE + 5, under),
      ),
    );
    document.add(doc.struct('P', {}, () => doc.font('Bold').fontSize(16).fillColor(INK).text(certificate.shortCode, qrX - 15, doc.y + 3, { ...under, characterSpacing: 1 })));

    document.add(
      doc.struct('P', {}, () =>
        doc.font('Body').fontSize(10).fillColor(SECONDARY).text(`Check it at ${verifyUrl}`, MARGIN, doc.page.height - MARGIN - 24, { width, lineBreak: true }),
      ),
    );
    document.end();
  });
}
