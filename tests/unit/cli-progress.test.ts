import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { ttyProgress, type ProgressLine } from '../../shared/progress-line';
import { tempDir } from '../helpers/temp';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';

/** `cchc import` on a terminal: one line rewritten in place; in a pipe, nothing but the ordinary lines. */
function terminal(isTTY: boolean, columns = 60) {
  const chunks: string[] = [];
  return { isTTY, columns, write: (c: string) => chunks.push(c), chunks };
}

describe('the progress line', () => {
  it('is rewritten with \\r on a terminal, never wraps, and is wiped at the end', () => {
    const term = terminal(true, 30);
    const line = ttyProgress(term)!;
    line.update('Đang nhập 1/200 gói (0%) CCHC_20000_000001.cchc');
    line.update('Đang nhập 2/200 gói (1%)');
    line.clear();
    expect(term.chunks.every((c) => c.startsWith('\r') && !c.includes('\n'))).toBe(true);
    // The visible part of each update fits the terminal; a shorter update blanks the old tail.
    expect(term.chunks[0]).toBe('\rĐang nhập 1/200 gói (0%) CCH…');
    expect(term.chunks[1]).toBe(`\rĐang nhập 2/200 gói (1%)${' '.repeat(5)}`);
    expect(term.chunks[2]).toBe(`\r${' '.repeat('Đang nhập 2/200 gói (1%)'.length)}\r`);
  });

  it('is absent when stdout is not a terminal (a pipe, a log file)', () => {
    expect(ttyProgress(terminal(false))).toBeNull();
  });

  it('cchc import reports each bundle done, up to 100%, with the file name made printable', async () => {
    const usb = tempDir('cchc-usb-');
    const c = syntheticCommune(3);
    fs.writeFileSync(path.join(usb, 'CCHC_20003_000001.cchc'), syntheticBundle(c, 1, syntheticPayload(2)).bytes);
    fs.writeFileSync(path.join(usb, 'CCHC_20003_000002\u001b[2J.cchc'), 'hỏng');
    const updates: string[] = [];
    let cleared = 0;
    const progress: ProgressLine = { update: (t) => updates.push(t), clear: () => cleared++ };
    const lines: string[] = [];
    const code = await runCli(['--data-dir', tempDir('cchc-province-'), 'import', usb], (l) => lines.push(l), 'test', progress);
    expect(code).toBe(1);
    expect(updates[0]).toBe('Đang nhập 0/2 gói (0%) CCHC_20003_000001.cchc');
    expect(updates).toContain('Đang nhập 1/2 gói (50%) CCHC_20003_000002\\e[2J.cchc');
    expect(updates.at(-1)).toBe('Đang nhập 2/2 gói (100%) ');
    expect(cleared).toBe(1);
    expect(lines.at(-1)).toBe('Tổng kết: đã nhập 0 gói, bỏ qua 0 gói trùng, từ chối 2 gói.');
  });
});
