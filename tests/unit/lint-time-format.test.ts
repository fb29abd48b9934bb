import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** What a reader sees goes through shared/format.ts: the lint rule that keeps it so. */
const eslint = new ESLint({ cwd: process.cwd() });

async function formatErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-properties' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('lint: dates, times and numbers only through the one formatter', () => {
  it.each([
    ['renderer/src/x.tsx', "export const a = new Date('2026-09-07T02:30:00Z').toLocaleString('vi-VN');", /shared\/format\.ts/],
    ['renderer/src/x.ts', 'export const a = (d: Date) => d.toLocaleDateString();', /shared\/format\.ts/],
    ['renderer/src/x.ts', 'export const a = (d: Date) => d.toLocaleTimeString();', /shared\/format\.ts/],
    ['shared/strings/x.ts', 'export const a = (n: number) => n.toLocaleString();', /formatNumber/],
    ['renderer/src/x.ts', 'export const y = new Date().getFullYear();', /yearInVietnam/],
    ['shared/x.ts', 'export const h = (d: Date) => d.getHours();', /vietnamClock/],
    ['renderer/src/x.ts', "export const f = new Intl.DateTimeFormat('vi-VN');", /shared\/format\.ts/],
    ['renderer/src/x.tsx', "export const a = new Date('2026-09-07T02:30:00Z').toString();", /formatDateTime/],
    ['shared/x.ts', 'export const a = String(new Date());', /formatDateTime/],
    ['renderer/src/x.ts', 'export const a = `nộp lúc ${new Date()}`;', /formatDateTime/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect((await formatErrors(file, code)).join('\n')).toMatch(message);
  });

  it.each([
    ['shared/format.ts', 'export const a = (n: number) => n.toLocaleString();'],
    [
      'renderer/src/x.ts',
      "import { formatDateTime } from '../../shared/format';\nexport const a = formatDateTime('2026-09-07T02:30:00Z');",
    ],
    ['shared/x.ts', "export const a = 'Ánh'.toLocaleLowerCase('vi');"],
    ['shared/x.ts', 'export const a = new Date(0).toISOString();'],
    ['shared/x.ts', 'export const a = (n: number) => n.toString(16);'],
    ['db/x.ts', 'export const a = new Date().toLocaleString();'],
  ])('%s: allowed code passes', async (file, code) => {
    expect(await formatErrors(file, code)).toEqual([]);
  });

  it('keeps the renderer’s other restricted properties (the browser dialogs) beside these', async () => {
    const [result] = await eslint.lintText('export const a = window.confirm("?") && new Date().toLocaleString();', {
      filePath: 'renderer/src/x.ts',
    });
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-properties').map((m) => m.message);
    expect(messages).toEqual([expect.stringMatching(/ConfirmButton/), expect.stringMatching(/shared\/format\.ts/)]);
  });
});
