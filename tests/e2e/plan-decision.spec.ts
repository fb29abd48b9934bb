import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { seed003Fields } from '../helpers/decision';
import { isA4, pageSizes, pdfText, squash } from '../helpers/office';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

/** A call through the page's own bridge (the per-launch token is in the page). */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const env = await page.evaluate(
    async ([ch, inp]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="cchc-token"]')!.content;
      const res = await fetch(`/api/${encodeURIComponent(ch as string)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cchc-token': token },
        body: JSON.stringify(inp),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!env.ok) throw new Error(`${channel}: ${env.error?.message}`);
  return env.value as T;
}

test('seed 003 prints as one PDF: the Quyết định (portrait A4, NĐ 30 header) first, then the Kế hoạch ban hành kèm theo, no phụ lục page', async ({
  page,
}) => {
  const s = await startPreviewProcess();
  servers.push(s);
  await page.goto(s.url);
  const fields = seed003Fields();
  const plan = await invoke<{ id: string }>(page, 'plans.create', fields);
  const file = await invoke<{ fileName: string; base64: string }>(page, 'plans.exportPdf', { id: plan.id, part: 'all' });
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-qd-')), file.fileName);
  fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));

  const sizes = pageSizes(pdf);
  expect(
    sizes.every((p) => isA4(p, false)),
    'every page portrait A4 (no phụ lục page)',
  ).toBe(true);
  const first = pdfText(pdf, 1, 1);
  for (const s of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'ỦY BAN NHÂN DÂN PHƯỜNG VŨNG ÁNG',
    'QUYẾT ĐỊNH',
    fields.decision!.subject!,
    'QUYẾT ĐỊNH:',
    'Điều 1.',
  ])
    expect(squash(first)).toContain(squash(s));
  // "Số:      /QĐ-UBND": the blank before the slash survives into the PDF, room to write the number.
  expect(pdfText(pdf, 1, 1, true)).toMatch(/Số:\s{4,}\/QĐ-UBND/);
  const all = squash(pdfText(pdf));
  for (const s of [
    'Điều 2.',
    'Điều 3.',
    'Nơi nhận:',
    'Nguyễn Thế Anh',
    'KẾ HOẠCH',
    fields.title,
    'Ban hành kèm theo Quyết định số',
    'IV. TỔ CHỨC THỰC HIỆN',
  ])
    expect(all).toContain(squash(s));
  expect(all.indexOf(squash('Điều 3.'))).toBeLessThan(all.indexOf(squash('Ban hành kèm theo Quyết định số')));
});
