import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans, embedded in the PDFs we print: the standard PDF fonts (Helvetica) cover Latin-1
 * only, so "Ŵ" and "ŷ" in Welsh names would not print. The build copies the fonts into
 * assets/fonts beside main.js; tests and tools read them from node_modules.
 */
export const PDF_FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** `dir` and each folder above it, up to the root. */
function upFrom(dir: string): string[] {
  const dirs = [dir];
  while (dirname(dirs[dirs.length - 1]) !== dirs[dirs.length - 1]) dirs.push(dirname(dirs[dirs.length - 1]));
  return dirs;
}

function fontFile(name: string): string {
  // Beside the built main.js; else the nearest node_modules above this file or the working
  // folder (Nx runs the tests from the project's folder, not the workspace root).
  const candidates = [
    join(__dirname, 'assets', 'fonts', name),
    ...[...upFrom(__dirname), ...upFrom(process.cwd())].map((dir) => join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf', name)),
  ];
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
