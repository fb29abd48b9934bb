import zlib from 'node:zlib';

/**
 * A small PDF object reader (ISO 32000-1 §7.2–7.5), enough to find the text of a PDF the
 * officer signed elsewhere: the lexer, the object syntax, indirect objects (also inside object
 * streams) and FlateDecode streams. No JavaScript PDF library is installed with the app and
 * `pdftotext` cannot ship on Windows, so this reads only what the text needs, with bounds:
 * every inflate stops at a budget, nesting is limited, and anything it cannot read is skipped.
 */

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfString {
  constructor(readonly bytes: Buffer) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class PdfDict {
  constructor(
    readonly map: Map<string, PdfValue>,
    /** Raw stream bytes (still encoded) when the dictionary is a stream's. */
    readonly stream: Buffer | null = null,
  ) {}
  get(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
}
/** An operator in a content stream (Tj, BT, …) or a keyword such as `obj`. */
export class PdfOp {
  constructor(readonly op: string) {}
}

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const MAX_DEPTH = 32;

/** Tokens of PDF syntax over bytes; `next()` returns a value, an operator, or undefined at the end. */
export class PdfLexer {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start = 0,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WS.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  /** One value (numbers followed by `R` become references), or an operator. */
  next(depth = 0): PdfValue | PdfOp | undefined {
    if (depth > MAX_DEPTH) throw new Error('too deep');
    this.skipSpace();
    const b = this.buf;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hex();
    if (c === 0x5b) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= b.length) return arr;
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        const v = this.next(depth + 1);
        if (v === undefined) return arr;
        if (!(v instanceof PdfOp)) arr.push(v);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos++;
      return new PdfOp(String.fromCharCode(c));
    }
    const start = this.pos;
    while (this.pos < b.length && !WS.has(b[this.pos]!) && !DELIM.has(b[this.pos]!)) this.pos++;
    const word = b.toString('latin1', start, this.pos);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const n = Number(word);
      // "12 0 R" is a reference: look ahead without consuming when it is not.
      if (/^\d+$/.test(word)) {
        const save = this.pos;
        const m = /^\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(b.toString('latin1', this.pos, this.pos + 24));
        if (m) {
          this.pos = save + m[0].length;
          return new PdfRef(n, Number(m[1]));
        }
      }
      return n;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfOp(word);
  }

  private name(): PdfName {
    const b = this.buf;
    const start = ++this.pos;
    while (this.pos < b.length && !WS.has(b[this.pos]!) && !DELIM.has(b[this.pos]!)) this.pos++;
    const raw = b.toString('latin1', start, this.pos);
    return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  }

  private literal(): PdfString {
    const b = this.buf;
    const out: number[] = [];
    let level = 1;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        level++;
        out.push(c);
      } else if (c === 0x29) {
        if (--level === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return new PdfString(Buffer.from(out));
  }

  private hex(): PdfString {
    const end = this.buf.indexOf(0x3e, this.pos);
    const stop = end < 0 ? this.buf.length : end;
    let h = this.buf.toString('latin1', this.pos + 1, stop).replace(/[^0-9a-fA-F]/g, '');
    if (h.length % 2) h += '0';
    this.pos = stop + 1;
    return new PdfString(Buffer.from(h, 'hex'));
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const map = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.buf.length) break;
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        break;
      }
      const k = this.next(depth + 1);
      if (k === undefined) break;
      if (!(k instanceof PdfName)) continue;
      const v = this.next(depth + 1);
      if (v === undefined) break;
      if (!(v instanceof PdfOp)) map.set(k.name, v);
    }
    return new PdfDict(map);
  }
}

/** Inflates with a shared byte budget, so a bomb of many small streams stops too. */
export class InflateBudget {
  constructor(public left: number) {}
  inflate(data: Buffer): Buffer | null {
    if (this.left <= 0) throw new Error('budget');
    try {
      const out = zlib.inflateSync(data, { maxOutputLength: this.left, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      this.left -= out.length;
      return out;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new Error('budget', { cause: e });
      return null;
    }
  }
}

/** Every indirect object of the file: later definitions (incremental updates) win. */
export class PdfFile {
  readonly objects = new Map<number, PdfValue>();
  constructor(
    readonly bytes: Buffer,
    readonly budget: InflateBudget,
  ) {
    this.scan();
  }

  resolve(v: PdfValue | undefined, hops = 0): PdfValue | undefined {
    return v instanceof PdfRef && hops < 16 ? this.resolve(this.objects.get(v.num), hops + 1) : v;
  }
  dict(v: PdfValue | undefined): PdfDict | null {
    const r = this.resolve(v);
    return r instanceof PdfDict ? r : null;
  }
  nameOf(v: PdfValue | undefined): string | null {
    const r = this.resolve(v);
    return r instanceof PdfName ? r.name : null;
  }

  /** A stream's decoded bytes: unfiltered or FlateDecode only (images are not text). */
  decode(d: PdfDict): Buffer | null {
    if (!d.stream) return null;
    const f = this.resolve(d.get('Filter'));
    const filters = (Array.isArray(f) ? f : f === undefined ? [] : [f]).map((x) => (x instanceof PdfName ? x.name : '?'));
    let data: Buffer | null = d.stream;
    for (const name of filters) {
      if (name !== 'FlateDecode' && name !== 'Fl') return null;
      data = this.budget.inflate(data);
      if (!data) return null;
    }
    return data;
  }

  private scan(): void {
    const b = this.bytes;
    const text = b.toString('latin1');
    const header = /(\d+)\s+(\d+)\s+obj\b/g;
    const streams: PdfDict[] = [];
    let m: RegExpExecArray | null;
    while ((m = header.exec(text))) {
      const lx = new PdfLexer(b, m.index + m[0].length);
      let v: PdfValue | PdfOp | undefined;
      try {
        v = lx.next();
      } catch {
        continue;
      }
      if (v === undefined || v instanceof PdfOp) continue;
      if (v instanceof PdfDict) {
        const after = /^\s*stream\r?\n/.exec(text.slice(lx.pos, lx.pos + 32));
        if (after) {
          const start = lx.pos + after[0].length;
          const declared = v.get('Length');
          let end = typeof declared === 'number' && start + declared <= b.length ? start + declared : -1;
          if (end < 0 || !/^\s*endstream/.test(text.slice(end, end + 24))) end = text.indexOf('endstream', start);
          if (end < 0) end = b.length;
          v = new PdfDict(v.map, b.subarray(start, end));
          lx.pos = end;
          streams.push(v);
        }
      }
      this.objects.set(Number(m[1]), v);
      header.lastIndex = Math.max(lx.pos, header.lastIndex);
    }
    for (const s of streams) if (this.nameOf(s.get('Type')) === 'ObjStm') this.readObjectStream(s);
  }

  /** Objects compressed in an object stream (PDF 1.5+): filled in only where no direct definition exists. */
  private readObjectStream(s: PdfDict): void {
    const data = this.decode(s);
    const n = this.resolve(s.get('N'));
    const first = this.resolve(s.get('First'));
    if (!data || typeof n !== 'number' || typeof first !== 'number') return;
    const head = new PdfLexer(data);
    for (let i = 0; i < Math.min(n, 100_000); i++) {
      const num = head.next();
      const off = head.next();
      if (typeof num !== 'number' || typeof off !== 'number') return;
      if (this.objects.has(num)) continue;
      try {
        const v = new PdfLexer(data, first + off).next();
        if (v !== undefined && !(v instanceof PdfOp)) this.objects.set(num, v);
      } catch {
        // a damaged object is skipped; the text check then fails with its own message
      }
    }
  }
}
