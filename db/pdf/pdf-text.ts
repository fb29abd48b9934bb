import { InflateBudget, PdfDict, PdfFile, PdfLexer, PdfName, PdfOp, PdfString, type PdfValue } from './pdf-objects';

/**
 * The text of a PDF, page by page, as a reader sees it: content streams are run through their
 * text operators (Tj, TJ, ', ") and each string is decoded with its font's ToUnicode CMap
 * (what Word, LibreOffice, Chromium and vSignPDF write for Vietnamese), else as single bytes.
 * Good enough to find "Số: 15/BC-UBND" in the document; not a layout engine.
 */

/** Decompressed bytes a single file may cost (a normal report is well under 1 MiB). */
export const PDF_TEXT_BUDGET = 64 * 1024 * 1024;
const MAX_PAGES = 2000;
const MAX_FORM_DEPTH = 4;
/** Tokens read in all content streams of one file: a form drawn 1000 times inside itself stays linear. */
const MAX_TOKENS = 20_000_000;
/** Characters of text one stream may yield (a report is a few thousand). */
const MAX_TEXT = 16_000_000;

interface FontMap {
  /** Code lengths in bytes tried longest first (from the CMap's codespace ranges). */
  widths: number[];
  map: Map<string, string>;
}

const utf16 = (bytes: Buffer): string => {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return s;
};

/** bfchar / bfrange of a ToUnicode CMap (ISO 32000-1 §9.10.3). */
function parseCMap(data: Buffer): FontMap {
  const map = new Map<string, string>();
  const widths = new Set<number>();
  const lx = new PdfLexer(data);
  const stack: (PdfValue | PdfOp)[] = [];
  for (let tok = lx.next(); tok !== undefined; tok = lx.next()) {
    if (!(tok instanceof PdfOp)) {
      stack.push(tok);
      continue;
    }
    const op = tok.op;
    if (op === 'endcodespacerange') {
      for (const v of stack) if (v instanceof PdfString && v.bytes.length) widths.add(v.bytes.length);
    } else if (op === 'endbfchar') {
      for (let i = 0; i + 1 < stack.length; i += 2) {
        const [src, dst] = [stack[i], stack[i + 1]];
        if (src instanceof PdfString && dst instanceof PdfString) map.set(src.bytes.toString('hex'), utf16(dst.bytes));
      }
    } else if (op === 'endbfrange') {
      for (let i = 0; i + 2 < stack.length; i += 3) {
        const [lo, hi, dst] = [stack[i], stack[i + 1], stack[i + 2]];
        if (!(lo instanceof PdfString && hi instanceof PdfString)) continue;
        const from = parseInt(lo.bytes.toString('hex') || '0', 16);
        const to = Math.min(parseInt(hi.bytes.toString('hex') || '0', 16), from + 65_535);
        const len = lo.bytes.length;
        for (let c = from; c <= to; c++) {
          const key = c.toString(16).padStart(len * 2, '0');
          if (dst instanceof PdfString) {
            const base = Buffer.from(dst.bytes);
            if (base.length >= 2) base.writeUInt16BE((base.readUInt16BE(base.length - 2) + (c - from)) & 0xffff, base.length - 2);
            map.set(key, utf16(base));
          } else if (Array.isArray(dst) && dst[c - from] instanceof PdfString) map.set(key, utf16((dst[c - from] as PdfString).bytes));
        }
      }
    }
    stack.length = 0;
  }
  return { widths: [...widths].sort((a, b) => b - a), map };
}

function decodeString(bytes: Buffer, font: FontMap | null): string {
  if (!font || font.map.size === 0) return bytes.toString('latin1');
  let out = '';
  const widths = font.widths.length ? font.widths : [1, 2];
  for (let i = 0; i < bytes.length;) {
    let hit = false;
    for (const w of widths) {
      const v = font.map.get(bytes.subarray(i, i + w).toString('hex'));
      if (v !== undefined && i + w <= bytes.length) {
        out += v;
        i += w;
        hit = true;
        break;
      }
    }
    if (!hit) i += widths[widths.length - 1]!;
  }
  return out;
}

class TextReader {
  private fonts = new Map<PdfDict, FontMap | null>();
  /** A form XObject's text, read once however often it is drawn ('' while being read: no loops). */
  private forms = new Map<PdfDict, string>();
  private tokens = 0;
  constructor(private pdf: PdfFile) {}

  private fontMap(font: PdfDict | null): FontMap | null {
    if (!font) return null;
    if (this.fonts.has(font)) return this.fonts.get(font)!;
    const cmap = this.pdf.dict(font.get('ToUnicode'));
    const data = cmap ? this.pdf.decode(cmap) : null;
    const result = data ? parseCMap(data) : null;
    this.fonts.set(font, result);
    return result;
  }

  /** Resources may be inherited from the page tree (§7.7.3.4). */
  private resources(node: PdfDict): PdfDict | null {
    for (let n: PdfDict | null = node, hops = 0; n && hops < 64; n = this.pdf.dict(n.get('Parent')), hops++) {
      const r = this.pdf.dict(n.get('Resources'));
      if (r) return r;
    }
    return null;
  }

  contentText(content: Buffer, resources: PdfDict | null, depth: number): string {
    const fonts = resources ? this.pdf.dict(resources.get('Font')) : null;
    const xobjects = resources ? this.pdf.dict(resources.get('XObject')) : null;
    let font: FontMap | null = null;
    let out = '';
    const args: (PdfValue | PdfOp)[] = [];
    const lx = new PdfLexer(content);
    for (let tok = lx.next(); tok !== undefined; tok = lx.next()) {
      if (++this.tokens > MAX_TOKENS) throw new Error('budget');
      if (!(tok instanceof PdfOp)) {
        args.push(tok);
        if (args.length > 2) args.shift(); // operators here read at most their last two operands
        continue;
      }
      const op = tok.op;
      const last = args[args.length - 1];
      if (op === 'Tf') {
        const name = args[args.length - 2];
        font = name instanceof PdfName && fonts ? this.fontMap(this.pdf.dict(fonts.get(name.name))) : null;
      } else if (op === 'Tj' || op === "'" || op === '"') {
        if (op !== 'Tj') out += '\n';
        if (last instanceof PdfString) out += decodeString(last.bytes, font);
      } else if (op === 'TJ' && Array.isArray(last)) {
        for (const part of last) {
          if (part instanceof PdfString) out += decodeString(part.bytes, font);
          else if (typeof part === 'number' && part < -200) out += ' ';
        }
      } else if (op === 'Td' || op === 'TD' || op === 'T*' || op === 'Tm' || op === 'ET') out += '\n';
      else if (op === 'Do' && last instanceof PdfName && xobjects && depth < MAX_FORM_DEPTH) {
        const form = this.pdf.dict(xobjects.get(last.name));
        if (form && this.pdf.nameOf(form.get('Subtype')) === 'Form') {
          if (!this.forms.has(form)) {
            this.forms.set(form, '');
            const data = this.pdf.decode(form);
            if (data) this.forms.set(form, this.contentText(data, this.pdf.dict(form.get('Resources')) ?? resources, depth + 1));
          }
          out += this.forms.get(form);
        }
      } else if (op === 'BI') {
        // Inline image data is binary: skip to its end.
        const end = content.indexOf('EI', lx.pos, 'latin1');
        lx.pos = end < 0 ? content.length : end + 2;
      }
      args.length = 0;
      if (out.length > MAX_TEXT) throw new Error('budget');
    }
    return out;
  }

  pageText(page: PdfDict): string {
    const c = this.pdf.resolve(page.get('Contents'));
    const parts = (Array.isArray(c) ? c : [c]).map((x) => this.pdf.dict(x)).filter((x): x is PdfDict => x !== null);
    // A page's content may be split across streams at any token: join before reading.
    const data = Buffer.concat(parts.map((p) => this.pdf.decode(p) ?? Buffer.alloc(0)).flatMap((b) => [b, Buffer.from('\n')]));
    return this.contentText(data, this.resources(page), 0);
  }

  pages(): PdfDict[] {
    const root = [...this.pdf.objects.values()].find(
      (v): v is PdfDict => v instanceof PdfDict && this.pdf.nameOf(v.get('Type')) === 'Catalog',
    );
    const out: PdfDict[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict | null, depth: number) => {
      if (!node || seen.has(node) || depth > 64 || out.length >= MAX_PAGES) return;
      seen.add(node);
      const kids = this.pdf.resolve(node.get('Kids'));
      if (this.pdf.nameOf(node.get('Type')) === 'Page' || !Array.isArray(kids)) out.push(node);
      else for (const k of kids) walk(this.pdf.dict(k), depth + 1);
    };
    walk(root ? this.pdf.dict(root.get('Pages')) : null, 0);
    if (out.length) return out;
    // No readable page tree: every page object, in file order.
    return [...this.pdf.objects.values()].filter((v): v is PdfDict => v instanceof PdfDict && this.pdf.nameOf(v.get('Type')) === 'Page');
  }
}

/** The text of every page, or null when the file is too costly or too deeply nested to read (a decompression bomb…). */
export function pdfPageTexts(bytes: Uint8Array, budget = PDF_TEXT_BUDGET): string[] | null {
  try {
    const pdf = new PdfFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), new InflateBudget(budget));
    const reader = new TextReader(pdf);
    return reader.pages().map((p) => reader.pageText(p));
  } catch (e) {
    // Past a budget, nested too deep, or a stack exhausted by a crafted file: its text cannot be read.
    if (e instanceof Error && (e.message === 'budget' || e.message === 'too deep' || e instanceof RangeError)) return null;
    throw e;
  }
}

/** For matching a số ký hiệu: NFC, no spaces, one kind of hyphen and slash, lower case. */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2044|\u2215/g, '/')
    .replace(/\s+/g, '')
    .toLowerCase();
}
