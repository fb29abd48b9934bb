import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Reading a printed PDF the way a reviewer looks at it: the text of each page (pdftotext),
 * every word's box (pdftotext -bbox) and the table borders as drawn (pdftoppm → PGM, long
 * vertical runs of dark pixels). Independent of the HTML that produced the PDF.
 */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** A vertical line segment drawn on a page, in PDF points. */
export interface VerticalRule {
  page: number;
  x: number;
  y0: number;
  y1: number;
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** The text of every page (index 0 = page 1), reading order kept (-raw), so cell text stays together. */
export function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-raw', pdf, '-']).toString('utf8').split('\f').slice(0, pageCount(pdf));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function words(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const out: PdfWord[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0] === '<page ') {
      page++;
      continue;
    }
    out.push({ page, text: unescape(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return out;
}

/** Vertical rules at least `minPt` long on each page: the column borders of the printed tables. */
export function verticalRules(pdf: string, minPt = 30): VerticalRule[] {
  const dpi = 144;
  const scale = 72 / dpi;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pdf-rules-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, path.join(dir, 'p')]);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort();
  const rules: VerticalRule[] = [];
  files.forEach((f, i) => {
    const buf = fs.readFileSync(path.join(dir, f));
    // P5 header: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'))!;
    const w = Number(header[1]);
    const h = Number(header[2]);
    const data = buf.subarray(header[0].length);
    const minRun = minPt / scale;
    for (let x = 0; x < w; x++) {
      let start = -1;
      for (let y = 0; y <= h; y++) {
        const dark = y < h && data[y * w + x]! < 140;
        if (dark && start < 0) start = y;
        if (!dark && start >= 0) {
          if (y - start >= minRun) rules.push({ page: i + 1, x: (x + 0.5) * scale, y0: start * scale, y1: y * scale });
          start = -1;
        }
      }
    }
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return rules;
}

/** Words whose box straddles a table border: the text ran over its cell. */
export function wordsCrossingRules(ws: readonly PdfWord[], rules: readonly VerticalRule[]): { word: PdfWord; rule: VerticalRule }[] {
  const out: { word: PdfWord; rule: VerticalRule }[] = [];
  for (const word of ws) {
    for (const rule of rules) {
      if (rule.page !== word.page) continue;
      const inside = rule.x > word.xMin + 0.5 && rule.x < word.xMax - 0.5;
      const overlaps = rule.y0 < word.yMax - 1 && rule.y1 > word.yMin + 1;
      if (inside && overlaps) {
        out.push({ word, rule });
        break;
      }
    }
  }
  return out;
}

/** Text with every kind of white space removed: a name or URL wrapped by the cell still matches. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
