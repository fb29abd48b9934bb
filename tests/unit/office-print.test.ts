import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { fixtureTexts, planSeedFrom, readFixture } from '../helpers/plans';
import { isA4, officeToPdf, pageSizes, pdfText, squash } from '../helpers/office';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex } from '../../db/services/plans';
import { annexTemplateXlsx } from '../../db/exports/plan-xlsx';
import { consolidatedXlsx } from '../../db/services/province-report';
import { absoluteRows, wrappedLineCount } from '../../db/exports/xlsx-print';
import type { ExportedFile } from '../../shared/contract/files';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}

describe('the phụ lục .xlsx printed by LibreOffice', () => {
  it('seeds 001 and 002: A4 landscape, only the printed columns, every cell’s text on paper', async () => {
    const a = await app();
    const dir = tempDir();
    const seeds = ['seed001-annex', 'seed002-annex'] as const;
    const files: string[] = [];
    for (const name of seeds) {
      const d = await createPlanWithAnnex(a.ctx, planSeedFrom(name));
      const file = await call<ExportedFile>(a, 'plans.exportXlsx', { id: d.plan.id });
      const p = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(p, Buffer.from(file.base64, 'base64'));
      files.push(p);
    }
    const pdfs = officeToPdf(files);
    seeds.forEach((name, i) => {
      const sizes = pageSizes(pdfs[i]!);
      expect(
        sizes.every((s) => isA4(s, s[0] > s[1])),
        `${name}: every page A4`,
      ).toBe(true);
      // The phụ lục pages are landscape; the "Hướng dẫn" sheet prints after them, portrait.
      const annexPages = sizes.findIndex((s) => s[0] < s[1]);
      expect(annexPages, `${name}: phụ lục pages then the help sheet`).toBeGreaterThan(0);
      expect(sizes.slice(0, annexPages).every((s) => isA4(s, true))).toBe(true);
      const text = squash(pdfText(pdfs[i]!, 1, annexPages));
      const f = readFixture(name);
      const missing = [...fixtureTexts(f), ...f.columns.slice(1)].filter((cell) => !text.includes(squash(cell)));
      expect(missing, `${name}: cells missing from the printed phụ lục`).toEqual([]);
      // The app's own columns (Lĩnh vực CCHC, Kỳ thực hiện…) are outside the print area.
      expect(text).not.toContain(squash('Kỳ thực hiện'));
    });
  }, 120_000);
});

/** Every sheet of an .xlsx as written: page setup, fonts and print-area names straight from the XML. */
async function sheetsXml(bytes: Buffer): Promise<{ sheets: string[]; workbook: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return {
    sheets: await Promise.all(names.map((n) => zip.file(n)!.async('string'))),
    workbook: await zip.file('xl/workbook.xml')!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
  };
}

describe('every .xlsx export is finished for print', () => {
  const exports: [string, (a: AppHost) => Promise<Buffer>][] = [
    [
      'phụ lục',
      async (a) =>
        Buffer.from(
          (
            await call<ExportedFile>(a, 'plans.exportXlsx', {
              id: (await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'))).plan.id,
            })
          ).base64,
          'base64',
        ),
    ],
    ['blank template', async () => annexTemplateXlsx(null)],
    [
      'province summary',
      async () =>
        consolidatedXlsx({
          period: { key: '2026-Q1', label: 'Quý I năm 2026', from: '2026-01-01', to: '2026-03-31' },
          rows: [{ communeName: 'Xã Quyết Thắng', communeCode: '01', reported: true, counts: {}, total: 0 }],
          sum: { communeName: 'Tổng cộng', communeCode: '', reported: true, counts: {}, total: 0 },
        } as unknown as Parameters<typeof consolidatedXlsx>[0]),
    ],
  ];
  for (const [name, make] of exports)
    it(`${name}: A4 on every sheet, only Times New Roman, absolute print areas, heights on wrapped rows`, async () => {
      const a = await app();
      const bytes = await make(a);
      const { sheets, workbook, styles } = await sheetsXml(bytes);
      for (const s of sheets) expect(s).toMatch(/<pageSetup[^>]*paperSize="9"/);
      const fonts = [...styles.matchAll(/<font>.*?<\/font>/gs)].slice(1); // the first is the workbook default, used by no cell
      for (const f of fonts) expect(f[0]).toContain('val="Times New Roman"');
      for (const m of workbook.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g))
        expect(m[1]).toMatch(/!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      wb.eachSheet((ws) =>
        ws.eachRow((row) => {
          const wrapped = [];
          row.eachCell((c) => {
            if (c.alignment?.wrapText && String(c.text).includes('\n')) wrapped.push(c);
          });
          if (wrapped.length) expect(row.height, `${ws.name} row ${row.number}`).toBeGreaterThan(20);
        }),
      );
    });
});

describe('row height arithmetic', () => {
  it('print areas get absolute rows whatever they were given', () => {
    expect(absoluteRows('A1:L18')).toBe('A$1:L$18');
    expect(absoluteRows('$A1:$E18')).toBe('A$1:E$18');
    expect(absoluteRows('A$1:E$18&&G2:H3')).toBe('A$1:E$18&&G$2:H$3');
  });
  it('longer text never needs fewer lines; a newline always adds one', () => {
    const words = 'Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh của xã'.split(' ');
    let prev = 0;
    for (let i = 1; i <= words.length; i++) {
      const n = wrappedLineCount(words.slice(0, i).join(' '), 140, 12, false);
      expect(n).toBeGreaterThanOrEqual(prev);
      prev = n;
    }
    expect(prev).toBeGreaterThan(2);
    expect(wrappedLineCount('a\nb\nc', 300, 12, false)).toBe(3);
  });
});
