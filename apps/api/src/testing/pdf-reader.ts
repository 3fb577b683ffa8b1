import { inflateSync } from 'node:zlib';

/**
 * Reads back what PDFKit wrote, for tests, without a PDF library: PDFKit leaves object
 * dictionaries uncompressed, deflates only streams, writes text as glyph ids (`<hex> Tj` and
 * `[<hex> kern <hex>] TJ`) and gives each embedded font a ToUnicode map (bfrange/bfchar) from
 * glyph id to characters. So the text on the page can be recovered exactly as a reader would
 * copy it: a glyph that the map does not know comes back as U+FFFD.
 */
export interface PdfObject {
  id: number;
  dictionary: string;
  stream: Buffer | null;
}

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = start.exec(text))) {
    const from = m.index + m[0].length;
    const end = text.indexOf('endobj', from);
    const streamAt = text.indexOf('stream\n', from);
    let dictionary = text.slice(from, end);
    let stream: Buffer | null = null;
    if (streamAt !== -1 && streamAt < end) {
      dictionary = text.slice(from, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
      const raw = pdf.subarray(streamAt + 'stream\n'.length, streamAt + 'stream\n'.length + length);
      stream = /\/Filter \/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { id: Number(m[1]), dictionary, stream });
    start.lastIndex = end;
  }
  return objects;
}

/** UTF-16BE, as in `<0066 0069>` for the "fi" ligature's two letters. */
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

/** A ToUnicode CMap as glyph id → characters. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f\s]+>)/gi)) {
      const first = parseInt(lo, 16);
      if (rest.startsWith('[')) {
        [...rest.matchAll(/<([0-9a-f\s]+)>/gi)].forEach(([, dst], i) => map.set(first + i, utf16(dst)));
      } else {
        const base = parseInt(rest.slice(1, -1), 16);
        for (let code = first; code <= parseInt(hi, 16); code++) map.set(code, String.fromCharCode(base + code - first));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) map.set(parseInt(src, 16), utf16(dst));
  }
  return map;
}

/** The text of every page, one line per text object, as a reader would copy it. */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const ref = (dictionary: string, key: string) => {
    const id = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1];
    return id ? objects.get(Number(id)) : undefined;
  };
  const fonts = new Map<string, Map<number, string> | null>();
  for (const object of objects.values()) {
    for (const [, name, id] of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = ref(objects.get(Number(id))?.dictionary ?? '', 'ToUnicode')?.stream;
      fonts.set(name, cmap ? toUnicode(cmap.toString('latin1')) : null);
    }
  }
  const lines: string[] = [];
  for (const page of [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dictionary))) {
    const content = ref(page.dictionary, 'Contents')?.stream?.toString('latin1') ?? '';
    let font: Map<number, string> | null = null;
    let line = '';
    const decode = (hex: string) => {
      // Without a ToUnicode map (a standard font), the text cannot be read back.
      if (!font) return '\uFFFD'.repeat(hex.length / 2);
      let out = '';
      for (let i = 0; i < hex.length; i += 4) out += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      return out;
    };
    for (const [token, fontName, array, single] of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g)) {
      if (fontName) font = fonts.get(fontName) ?? null;
      else if (array !== undefined) line += [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decode(hex)).join('');
      else if (single !== undefined) line += decode(single);
      else if (token === 'ET') {
        lines.push(line);
        line = '';
      }
    }
  }
  return lines.join('\n');
}

/** The structure element dictionaries (`/S /H1` …), for checking how a PDF is tagged. */
export function structureElements(pdf: Buffer): PdfObject[] {
  return [...pdfObjects(pdf).values()].filter((o) => /^<<\s*\/S \/\w+/.test(o.dictionary) && !/\/Type \/Action|\/URI \(/.test(o.dictionary));
}

/** What a PDF says about its accessibility, read from its objects (as a checker such as PAC or veraPDF would start). */
export function accessibilityFacts(pdf: Buffer) {
  const objects = [...pdfObjects(pdf).values()];
  const catalog = objects.find((o) => /\/Type \/Catalog/.test(o.dictionary))?.dictionary ?? '';
  const byRef = (dictionary: string, key: string) => {
    const id = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1];
    return objects.find((o) => o.id === Number(id));
  };
  const metadata = objects.find((o) => /\/Type \/Metadata/.test(o.dictionary))?.stream?.toString('utf8') ?? '';
  const elements = structureElements(pdf);
  const annotations = objects.filter((o) => /\/Type \/Annot\b/.test(o.dictionary));
  const pages = objects.filter((o) => /\/Type \/Page\b/.test(o.dictionary));
  // Painting operators outside any marked content: content that is neither tagged nor an artifact.
  let untagged = 0;
  for (const page of pages) {
    let depth = 0;
    for (const line of (byRef(page.dictionary, 'Contents')?.stream?.toString('latin1') ?? '').split('\n')) {
      if (/\b(BDC|BMC)$/.test(line)) depth++;
      else if (line === 'EMC') depth--;
      else if (depth === 0 && /(^|\s)(TJ|Tj|Do|S|s|f|f\*|F|B|B\*|b|b\*)$/.test(line)) untagged++;
    }
  }
  return {
    marked: /\/Marked true/.test(byRef(catalog, 'MarkInfo')?.dictionary ?? ''),
    structureTree: /\/StructTreeRoot \d+ 0 R/.test(catalog),
    lang: /\/Lang \(([^)]*)\)/.exec(catalog)?.[1] ?? null,
    displayDocTitle: /\/DisplayDocTitle true/.test(byRef(catalog, 'ViewerPreferences')?.dictionary ?? ''),
    title: /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)</.exec(metadata)?.[1] ?? null,
    pdfUa: /<pdfuaid:part>1<\/pdfuaid:part>/.test(metadata),
    roles: [...new Set(elements.map((e) => /\/S \/(\w+)/.exec(e.dictionary)?.[1] ?? ''))].sort(),
    figureAlts: elements.filter((e) => /\/S \/Figure\b/.test(e.dictionary)).map((e) => /\/Alt \(([^)]*)\)/.exec(e.dictionary)?.[1] ?? null),
    embeddedFonts: objects.filter((o) => /\/Type \/FontDescriptor/.test(o.dictionary) && /\/FontFile2 \d+ 0 R/.test(o.dictionary)).map((o) => /\/FontName \/(?:[A-Z]{6}\+)?([\w-]+)/.exec(o.dictionary)?.[1]).sort(),
    standardFonts: objects.filter((o) => /\/Type \/Font\b/.test(o.dictionary) && !/\/FontDescriptor|\/DescendantFonts/.test(o.dictionary)).length,
    annotationsWithoutStructure: annotations.filter((a) => !/\/StructParent \d+/.test(a.dictionary) || !/\/Contents /.test(a.dictionary)).length,
    untaggedPaint: untagged,
  };
}
