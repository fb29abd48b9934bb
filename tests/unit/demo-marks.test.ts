import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testApps, type openTestApp } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import type { ExportedFile } from '../../shared/contract/files';
import type { ChannelName, ChannelInput } from '../../shared/contract/index';
import { demoText } from '../../shared/strings/demo';

/**
 * Issue 16 §1: demo data is marked "mẫu" on every document. Every .docx and .xlsx the app
 * exports, made from a demo database, carries the mark (read back with jszip and exceljs);
 * the same data without the demo flag carries none.
 */
const open = testApps({ demo: true });
type App = Awaited<ReturnType<typeof openTestApp>>;

async function call<C extends ChannelName>(a: App, channel: C, input: ChannelInput<C>): Promise<ExportedFile> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as ExportedFile;
}

/** Every exported office document of a database with a plan, activities and a report. */
async function exportAll(a: App): Promise<{ name: string; file: ExportedFile }[]> {
  const planId = (a.ctx.sqlite.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
  const created = await dispatch(a.handlers, 'reports.create', { kind: 'q1', year: 2026 });
  const reportId = created.ok
    ? (created.value as { id: string }).id
    : (a.ctx.sqlite.prepare("SELECT id FROM reports WHERE kind = 'q1' LIMIT 1").get() as { id: string }).id;
  return [
    { name: 'kế hoạch .docx', file: await call(a, 'plans.exportDocx', { id: planId, part: 'all' }) },
    { name: 'phụ lục .docx', file: await call(a, 'plans.exportDocx', { id: planId, part: 'annex' }) },
    { name: 'phụ lục .xlsx', file: await call(a, 'plans.exportXlsx', { id: planId }) },
    { name: 'nhật ký .xlsx', file: await call(a, 'activities.exportXlsx', {}) },
    { name: 'báo cáo .docx', file: await call(a, 'reports.export', { id: reportId, format: 'docx' }) },
    { name: 'phần lồng ghép .docx', file: await call(a, 'reports.export', { id: reportId, format: 'insert' }) },
    { name: 'báo cáo .xlsx', file: await call(a, 'reports.export', { id: reportId, format: 'xlsx' }) },
    { name: 'tổng hợp tỉnh .xlsx', file: await call(a, 'province.reportFile', { period: '2026-q1', format: 'xlsx' }) },
    { name: 'tổng hợp tỉnh .docx', file: await call(a, 'province.reportFile', { period: '2026-q1', format: 'docx' }) },
  ];
}

const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** What a reader of the .docx sees as the mark: per section, the text of its footers and first-page header. */
async function docxMarks(bytes: Buffer): Promise<{ sections: number; markedSections: number; bodyHasMark: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const sectPrs = [...doc.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  let marked = 0;
  for (const s of sectPrs) {
    const footers = [...s.matchAll(/<w:footerReference[^>]*w:type="(default|first)"[^>]*r:id="([^"]+)"/g)];
    const texts = await Promise.all(footers.map(async (f) => xmlText(await zip.file(`word/${target.get(f[2]!)}`)!.async('string'))));
    // Both the first page and the others of the section must show it.
    if (texts.length === 2 && texts.every((t) => t.includes(demoText.fileNote))) marked++;
  }
  return { sections: sectPrs.length, markedSections: marked, bodyHasMark: xmlText(doc).includes('BẢN MẪU') };
}

async function xlsxMarks(bytes: Buffer): Promise<{ sheets: number; notes: number; printed: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let notes = 0;
  let printed = 0;
  for (const ws of wb.worksheets) {
    // The note is printed too: a print area, when set, starts at row 1.
    const area = ws.pageSetup.printArea;
    if (String(ws.getCell('A1').value ?? '') === demoText.fileNote && (!area || /^\$?[A-Z]+\$?1:/.test(area))) notes++;
    const hf = ws.headerFooter ?? {};
    if (String(hf.oddHeader ?? '').includes('BẢN MẪU') && String(hf.oddFooter ?? '').includes('BẢN MẪU')) printed++;
  }
  return { sheets: wb.worksheets.length, notes, printed };
}

describe('"mẫu" on every exported document', () => {
  it('demo data: every .docx section has the mark in its footers, every .xlsx sheet a first-row note and a printed header/footer', async () => {
    const a = await open();
    const files = await exportAll(a);
    for (const { name, file } of files) {
      const bytes = Buffer.from(file.base64, 'base64');
      if (file.fileName.endsWith('.docx')) {
        const m = await docxMarks(bytes);
        expect(m.sections, name).toBeGreaterThan(0);
        expect(m.markedSections, name).toBe(m.sections);
      } else {
        const m = await xlsxMarks(bytes);
        expect(m.sheets, name).toBeGreaterThan(0);
        expect(m.notes, name).toBe(m.sheets);
        expect(m.printed, name).toBe(m.sheets);
      }
    }
    expect(files.map((f) => f.file.fileName.split('.').pop()).sort()).toEqual([
      'docx',
      'docx',
      'docx',
      'docx',
      'docx',
      'xlsx',
      'xlsx',
      'xlsx',
      'xlsx',
    ]);
  });

  it('the same data without the demo flag: no mark anywhere', async () => {
    const a = await open();
    a.ctx.sqlite.prepare(`DELETE FROM settings WHERE key = 'demo'`).run();
    for (const { name, file } of await exportAll(a)) {
      const bytes = Buffer.from(file.base64, 'base64');
      const zip = await JSZip.loadAsync(bytes);
      const all = (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
      expect(all.includes('BẢN MẪU') || all.includes('Dữ liệu mẫu'), name).toBe(false);
    }
  });

  it('a marked export still imports: the activity list and the phụ lục skip the note row', async () => {
    const a = await open();
    const list = await call(a, 'activities.exportXlsx', {});
    const preview = await dispatch(a.handlers, 'activities.importPreview', { base64: list.base64 });
    expect(preview.ok).toBe(true);
    const total = (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL').get() as { n: number }).n;
    if (preview.ok) expect((preview.value as { validCount: number }).validCount).toBe(total);

    const planId = (a.ctx.sqlite.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
    const annex = await call(a, 'plans.exportXlsx', { id: planId });
    const p = await dispatch(a.handlers, 'plans.importPreview', { planId, fileName: annex.fileName, base64: annex.base64 });
    expect(p.ok).toBe(true);
    const tasks = (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM plan_tasks WHERE plan_id = ?').get(planId) as { n: number }).n;
    if (p.ok) {
      const v = p.value as { taskCount: number; problemCount: number };
      expect(v.taskCount).toBe(tasks);
      expect(v.problemCount).toBe(0);
    }
    // Applied, the note does not become the phụ lục's title.
    const applied = await dispatch(a.handlers, 'plans.importApply', { planId, fileName: annex.fileName, base64: annex.base64 });
    expect(applied.ok).toBe(true);
    expect(JSON.stringify(applied)).not.toContain('BẢN MẪU');
  });
});
