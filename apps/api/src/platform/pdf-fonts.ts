import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DejaVu Sans, embedded in the PDFs we print: the standard PDF fonts (Helvetica) cover Latin-1
 * only, so "Ŵ" and "ŷ" in Welsh names would not print. The build copies the fonts into
 * assets/fonts beside main.js; tests and tools read them from node_modules.
 */
export const PDF_FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

function fontFile(name: string): string {
  const candidates = [join(__dirname, 'assets', 'fonts', name), join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', name)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`PDF font ${name} not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Registers `Body` and `Bold` on the document, embedded and subset. */
export function useUnicodeFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('Body', fontFile(PDF_FONTS.regular));
  doc.registerFont('Bold', fontFile(PDF_FONTS.bold));
  doc.font('Body');
}
