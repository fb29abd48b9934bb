import zlib from 'node:zlib';
import { truncateText } from '../../shared/text';

/** Demo evidence files: small valid PNGs and PDFs, made from a seed (db/demo/year.ts). */

/** mulberry32: small, fast, good enough for demo data; same seed → same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A small valid PNG (a coloured "photo" with a band), different for every seed number. */
export function placeholderPng(n: number, width = 160, height = 120): Uint8Array {
  const r = prng(n + 7);
  const [cr, cg, cb] = [between(r, 60, 200), between(r, 60, 200), between(r, 60, 200)];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      // A sky-and-ground "photo" with a little grain, so it weighs what a small picture does.
      const band = y > height * 0.7 ? 0.55 : 1 - (0.3 * x) / width;
      const grain = Math.floor(r() * 24);
      raw[row + 1 + x * 3] = Math.round(cr * band) + grain;
      raw[row + 2 + x * 3] = Math.round(cg * band) + grain;
      raw[row + 3 + x * 3] = Math.round(cb * band) + grain;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Without accents, case kept: the PDF's built-in font has no Vietnamese letters. */
export const plainLetters = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
const pdfText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const utf16Hex = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/** A one-page valid PDF naming the activity (the page in plain letters, the title with accents in its info). */
export function placeholderPdf(title: string, date: string): Uint8Array {
  const plain = truncateText(plainLetters(title), 90, '');
  const stream = `BT /F1 14 Tf 56 780 Td (UBND XA QUYET THANG) Tj 0 -28 Td /F1 11 Tf (${pdfText(plain)}) Tj 0 -20 Td (Ngay ${date.split('-').reverse().join('/')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${utf16Hex(title)} /Producer (cchc-desk demo) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
