import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { tempDir } from './temp';

/**
 * Convert office files to PDF with a real LibreOffice (as an officer printing from LibreOffice
 * would), all in one soffice start. A private profile folder keeps parallel runs apart.
 * Returns the PDF path for each input, in order.
 */
export function officeToPdf(files: string[]): string[] {
  const out = tempDir();
  const profile = tempDir();
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return files.map((f) => {
    const pdf = path.join(out, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${f}`);
    return pdf;
  });
}

/** Per-page sizes in points ([width, height]) from pdfinfo. */
export function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The text of pages first..last (1-based) of a PDF, in drawing order (a wrapped cell's lines stay together), or as laid out on the page. */
export function pdfText(pdf: string, first = 1, last = 999, layout = false): string {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), layout ? '-layout' : '-raw', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Text with every whitespace removed: a cell's text wraps wherever the printer breaks its lines. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** A4 in points, either way round, within a point. */
export const isA4 = ([w, h]: [number, number], landscape: boolean) =>
  Math.abs((landscape ? h : w) - 595.3) < 2 && Math.abs((landscape ? w : h) - 841.9) < 2;
