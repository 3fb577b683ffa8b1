import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CertificateView } from '@peerpath/contracts';
import { formatDate } from '@peerpath/domain';

const STATUS_WORDS: Record<CertificateView['status'], string> = {
  valid: 'Valid',
  expired: 'Expired',
  suspended: 'Suspended',
  revoked: 'Revoked',
  superseded: 'Replaced by a renewed certificate',
};

/** Collects a PDFKit document into one buffer. */
export function renderPdf(draw: (doc: PDFKit.PDFDocument) => void | Promise<void>, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    Promise.resolve(draw(doc))
      .then(() => doc.end())
      .catch(reject);
  });
}

/**
 * The certificate as one A4 page: who, what, when, where, and a QR code to the public
 * verification page, which is the only proof that counts (paper can be copied).
 */
export async function certificatePdf(certificate: CertificateView, verifyUrl: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 360, errorCorrectionLevel: 'M' });
  return renderPdf((doc) => {
    doc.info.Title = `Peerpath certificate ${certificate.number}`;
    doc.info.Author = 'Peerpath';
    const width = doc.page.width - 112;
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#1d70b8').text('PEERPATH', { characterSpacing: 2 });
    doc.moveDown(2);
    doc.fillColor('#0b0c0c').fontSize(30).text('Certificate of completion');
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(14).text('This certifies that');
    doc.moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(26).text(certificate.holderName);
    doc.font('Helvetica').fontSize(12).text(`Prison number ${certificate.prisonNumber}`);
    doc.moveDown(0.8);
    doc.fontSize(14).text('has completed every module of');
    doc.moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(20).text(`${certificate.programmeTitle} (${certificate.versionLabel})`, { width });
    doc.font('Helvetica').fontSize(14).text('and is certified to support other prisoners as a buddy, for non-intimate care only.', { width });
    doc.moveDown(1.2);

    const rows: [string, string][] = [
      ['Certificate number', certificate.number],
      ['Issued', formatDate(certificate.issuedOn)],
      ['Expires', formatDate(certificate.expiresOn)],
      ['Issued at', certificate.issuingPrisonName],
      ['Status when printed', STATUS_WORDS[certificate.status]],
    ];
    const top = doc.y;
    for (const [label, value] of rows) {
      doc.font('Helvetica').fontSize(11).fillColor('#505a5f').text(label, 56, doc.y);
      doc.font('Helvetica-Bold').fontSize(13).fillColor('#0b0c0c').text(value);
      doc.moveDown(0.4);
    }
    doc.image(qr, doc.page.width - 56 - 150, top, { width: 150 });
    // The code is a link too, for anyone reading the PDF on screen.
    doc.link(doc.page.width - 56 - 150, top, 150, 150, verifyUrl);
    doc.font('Helvetica').fontSize(9).fillColor('#505a5f').text('Scan to check this certificate is genuine and still valid', doc.page.width - 56 - 150, top + 155, { width: 150, align: 'center' });

    doc.fontSize(10).fillColor('#505a5f').text(`Check it at ${verifyUrl}`, 56, doc.page.height - 56 - 24, { width, lineBreak: true });
  });
}
