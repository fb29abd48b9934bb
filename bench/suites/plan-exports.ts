import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { startPreview } from '../../preview/server';
import { openApp } from '../../db/host';
import { createPlanWithAnnex, type PlanSeed } from '../../db/services/plans';
import { planToDocx } from '../../db/exports/plan-docx';
import { annexToXlsx } from '../../db/exports/plan-xlsx';
import { LAYOUT_PROVINCE_5, type PlanTaskFieldsInput } from '../../shared/domain/plan';
import type { PlanDetail } from '../../shared/contract/plans';
import type { BenchRow, BenchSuite } from '../harness';
import { percentile, timeAsync } from '../harness';

const ROWS = 200;
const PER_SECTION = 20;

/** 200 phụ lục rows built from seed 002's fixture (tests/fixtures/seed002-annex.json), in 10 sections. */
function seed200(): PlanSeed {
  const f = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'seed002-annex.json'), 'utf8')) as {
    sections: { title: string; rows: string[][] }[];
  };
  const pool = f.sections.flatMap((s) => s.rows);
  const task = (i: number): PlanTaskFieldsInput => {
    const r = pool[i % pool.length]!;
    return { content: `${r[1]} (${i + 1})`, leadUnit: r[2], coopUnits: r[3], timeText: r[4] };
  };
  return {
    fields: {
      year: 2026,
      title: 'Tuyên truyền cải cách hành chính năm 2026',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
      place: 'Phú Thọ',
      annex: { heading: 'PHỤ LỤC', title: 'Nhiệm vụ tuyên truyền', subtitle: '', orderLabel: 'TT', columns: LAYOUT_PROVINCE_5 },
    } as PlanSeed['fields'],
    tasks: [],
    sections: Array.from({ length: ROWS / PER_SECTION }, (_, s) => ({
      title: `Nhóm nhiệm vụ ${s + 1}`,
      tasks: Array.from({ length: PER_SECTION }, (_, k) => task(s * PER_SECTION + k)),
    })),
  };
}

const cellTexts = (d: PlanDetail) => d.tasks.map((t, i) => [String(i + 1), t.content, t.leadUnit, t.coopUnits, t.timeText]);

/** Raw docx: one landscape section with a plain 200-row table, no NĐ 30 blocks. */
async function rawDocx(d: PlanDetail): Promise<Buffer> {
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c) =>
          new TableCell({
            children: c
              .split('\n')
              .map(
                (l) =>
                  new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: l, font: 'Times New Roman', size: 24 })] }),
              ),
            width: { size: 2800, type: WidthType.DXA },
          }),
      ),
    });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Table({
            columnWidths: [700, 6000, 2500, 2500, 2500],
            rows: [row(['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], true), ...cellTexts(d).map((c) => row(c))],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Raw exceljs: the same rows written with no styles or print setup. */
async function rawXlsx(d: PlanDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']);
  ws.addRows(cellTexts(d));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Raw Chromium: page.pdf of a bare HTML table with the same rows (no app, no NĐ 30 CSS). */
async function rawPdfMs(d: PlanDetail): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<style>@page{size:A4 landscape}table{border-collapse:collapse}td{border:1px solid #000}</style><table><thead><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian</th></tr></thead><tbody>${cellTexts(
      d,
    )
      .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
    await page.setContent(html);
    await page.pdf({ preferCSSPageSize: true });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      times.push(
        (
          await timeAsync(async () => {
            await page.setContent(html);
            await page.pdf({ preferCSSPageSize: true });
          })
        ).ms,
      );
    }
    return percentile(times, 50);
  } finally {
    await browser.close();
  }
}

const row = (measure: string, ms: number, baseline: number, limit: number): BenchRow => ({
  measure,
  value: Math.round(ms),
  unit: 'ms',
  baseline: Math.round(baseline),
  ratio: ms / baseline,
  target: `< ${limit} ms`,
  pass: ms < limit,
});

/** PDF, .docx and .xlsx of a 200-row phụ lục, each beside a raw write of the same rows. */
export const planExportsSuite: BenchSuite = {
  name: 'plan-exports',
  async run() {
    const rendererDir = path.join(process.cwd(), 'dist', 'renderer');
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) execFileSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-plans-'));
    // The plan is written before the preview starts: its services then run in their own worker.
    const seeded = await openApp({ dataDir, runtime: 'cli', appVersion: 'bench', demo: true });
    const d = await createPlanWithAnnex(seeded.ctx, seed200());
    await seeded.close();
    const preview = await startPreview({ dataDir, rendererDir, port: 0, demo: true, appVersion: 'bench' });
    try {
      const h = preview.host.handlers;
      const times = async (fn: () => Promise<unknown>, n = 3) => {
        await fn(); // warm: browser launched, modules loaded
        const ms: number[] = [];
        for (let i = 0; i < n; i++) ms.push((await timeAsync(fn)).ms);
        return percentile(ms, 50);
      };
      const pdf = await times(async () => h['plans.exportPdf']!({ id: d.plan.id, part: 'all' } as never));
      const pdfRaw = await rawPdfMs(d);
      const docx = await times(() => planToDocx(d, 'all'));
      const docxRaw = await times(() => rawDocx(d));
      const xlsx = await times(() => annexToXlsx(d));
      const xlsxRaw = await times(() => rawXlsx(d));
      return [
        row(`PDF of a ${ROWS}-row phụ lục + plan (print view → Chromium)`, pdf, pdfRaw, 3000),
        row(`.docx of a ${ROWS}-row phụ lục + plan (NĐ 30)`, docx, docxRaw, 1000),
        row(`.xlsx of a ${ROWS}-row phụ lục (styles, print setup)`, xlsx, xlsxRaw, 1000),
      ];
    } finally {
      await preview.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
