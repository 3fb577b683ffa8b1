import PDFDocument from 'pdfkit';
import { useUnicodeFonts } from './pdf-fonts';

/** What every printed page says about itself: the title a PDF reader shows and reads out first. */
export interface PdfMeta {
  title: string;
  subject?: string;
}

/**
 * Collects a PDFKit document into one buffer. Every PDF Peerpath prints is tagged for screen
 * readers and declares PDF/UA (public-sector accessibility regulations): a structure tree, a
 * language, the title shown as the window title, and an embedded Unicode font (so Welsh and
 * Latin Extended names print). Content drawn outside `doc.struct(...)` must be an `artifact`.
 */
export function renderPdf(meta: PdfMeta, draw: (doc: PDFKit.PDFDocument) => void | Promise<void>, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      pdfVersion: '1.7',
      tagged: true,
      // PDFKit 0.17 supports PDF/UA; its type definitions list only the PDF/A subsets.
      subset: 'PDF/UA' as PDFKit.PDFDocumentOptions['subset'],
      lang: 'en-GB',
      displayTitle: true,
      info: { Title: xmpText(meta.title), Author: 'Peerpath', ...(meta.subject ? { Subject: xmpText(meta.subject) } : {}) },
      ...options,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    useUnicodeFonts(doc);
    Promise.resolve(draw(doc))
      .then(() => doc.end())
      .catch(reject);
  });
}

/** PDFKit copies the title into the XMP metadata unescaped: "&" or "<" in a name would break it. */
const xmpText = (text: string) => text.replace(/&/g, 'and').replace(/[<>]/g, '');

/** Decoration (rules, borders, backgrounds) that a screen reader should skip. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/**
 * A table of label and value rows (TH scoped to its row, then TD), for facts such as
 * "Certificate number: PP-EXI-2026-00042". Each cell is drawn by its own closure.
 */
export function labelledRows(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, rows: [() => void, () => void][]): void {
  const table = doc.struct('Table');
  parent.add(table);
  for (const [label, value] of rows) {
    const row = doc.struct('TR');
    table.add(row);
    const header = doc.struct('TH');
    (header as unknown as StructDictionary).dictionary.data.A = { O: 'Table', Scope: 'Row' };
    row.add(header);
    header.add(label);
    header.end();
    row.add(doc.struct('TD', {}, [value]));
    row.end();
  }
  table.end();
}

interface StructDictionary {
  dictionary: { data: Record<string, unknown> };
  _children: unknown[];
  _flushChild(child: unknown): void;
}

/**
 * A link annotation in the structure tree (PDF/UA: every annotation belongs to a Link element,
 * with a description). PDFKit 0.17 tags text and images but not annotations, so the Link
 * element gets the annotation's object reference (OBJR) and the annotation its StructParent.
 */
export function taggedLink(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  area: { x: number; y: number; width: number; height: number },
  url: string,
  description: string,
  content: PDFKit.PDFStructureElement | (() => void),
): void {
  const link = doc.struct('Link');
  parent.add(link);
  link.add(content);
  const root = doc.getStructTreeRoot() as unknown as { data: { ParentTreeNextKey: number; ParentTree: { add(key: number, value: unknown): void } } };
  const key = root.data.ParentTreeNextKey++;
  root.data.ParentTree.add(key, (link as unknown as StructDictionary).dictionary);
  doc.link(area.x, area.y, area.width, area.height, url, { StructParent: key, Contents: new String(description) } as object);
  const annotations = (doc.page as unknown as { annotations: unknown[] }).annotations;
  const objr = { Type: 'OBJR', Obj: annotations[annotations.length - 1], Pg: (doc.page as unknown as { dictionary: unknown }).dictionary };
  const element = link as unknown as StructDictionary;
  const flushChild = element._flushChild.bind(element);
  element._flushChild = (child) => (child === objr ? (element.dictionary.data.K as unknown[]).push(objr) : flushChild(child));
  element._children.push(objr);
  link.end();
}
