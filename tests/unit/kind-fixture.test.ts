import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { planSeedFrom } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import { ActivityDetails, ActivityFields, KIND_SORT_ORDER } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS, CommunicationForm } from '../../shared/domain/common';
import { KINDS, specOf, type ActivityKind } from '../../shared/domain/kinds/index';
import { defaultDetails } from '../../shared/domain/kinds/draft';
import { formLabels } from '../../shared/domain/labels';
import { INDICATORS } from '../../shared/domain/report-indicators';
import { reportTables, cellText } from '../../shared/domain/report-doc';
import type { ReportFigures } from '../../shared/domain/report-figures';
import { BundlePayload } from '../../shared/domain/bundle';
import { createPlanWithAnnex, getPlanDetail, saveAnnex } from '../../db/services/plans';
import { annexOf } from '../../shared/domain/plan-annex';
import { prepareBundle } from '../../db/services/bundles';
import { openEnvelope, readPayload, type Opened } from '../../db/services/bundle-format';
import { loadSigningKey } from '../../db/services/keys';
import type { AppHost } from '../../db/host';
import type { ExportedFile } from '../../shared/contract/files';
import type * as Registry from '../../shared/domain/kinds/registry';

/**
 * The registry module, extended by one test-only kind: the product table spread, plus "poster".
 * Nothing else is mocked or touched: every screen, file and figure below must find the new
 * kind through the registry alone.
 */
vi.mock('../../shared/domain/kinds/registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const { poster } = await import('../helpers/poster-kind');
  return { ...real, ACTIVITY_KINDS: { ...real.ACTIVITY_KINDS, poster } };
});

const POSTER = 'poster' as ActivityKind;
const open = testApps();

async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}

const poster = (sheets: number, wallKind: 'trongNha' | 'ngoaiTroi', date = '2026-02-10') => ({
  date,
  title: `Dán ${sheets} tờ bảng tin`,
  taskId: null,
  areas: ['procedures'],
  unitName: '',
  note: '',
  details: { kind: 'poster', wallKind, sheets, wall: 'Nhà văn hoá thôn 2' },
});

describe('a test-only kind added to the registry reaches every place without touching another file', () => {
  it('is a form of activity: in the list of forms, the schemas, the form fields and defaults, the sort order', () => {
    expect(COMMUNICATION_FORMS).toContain('poster');
    expect(CommunicationForm.safeParse('poster').success).toBe(true);
    expect(formLabels[POSTER]).toBe('Bảng tin (thử)');
    expect(KIND_SORT_ORDER.at(-1)).toBe('poster');
    // The form renders spec.fields with these labels and starts from these defaults.
    expect(specOf(KINDS, 'poster').fields.map((f) => f.label)).toEqual(['Loại bảng tin', 'Số tờ', 'Bảng tin ở đâu']);
    expect(defaultDetails(POSTER)).toEqual({ kind: 'poster', wallKind: 'trongNha', sheets: 1, wall: '' });
    expect(ActivityDetails.safeParse({ kind: 'poster', sheets: 3 }).success).toBe(true);
    // Its bounds hold where the officer saves.
    expect(ActivityFields.safeParse(poster(501, 'trongNha')).success).toBe(false);
    expect(INDICATORS.filter((i) => i.form === POSTER).map((i) => i.key)).toEqual(['poster.count', 'poster.ngoaiTroi']);
  });

  it('is in the plan .xlsx: the help sheet lists it, a task planned with it goes out and comes back', async () => {
    const a = await open();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'));
    const annex = annexOf(d);
    await saveAnnex(a.ctx, { planId: d.plan.id, sections: annex.sections, tasks: [{ ...annex.tasks[0]!, forms: ['broadcast', POSTER] }] });
    const file = await call<ExportedFile>(a, 'plans.exportXlsx', { id: d.plan.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const help = wb.getWorksheet('Hướng dẫn')!;
    const helpLines = (help.getSheetValues() as unknown[][]).map((r) => String(r?.[1] ?? '').trim());
    expect(helpLines).toContain('Bảng tin (thử)');
    const cells = (wb.worksheets[0]!.getSheetValues() as unknown[][]).flat().map((c) => String(c ?? ''));
    expect(cells.some((c) => c.includes('Bảng tin (thử)'))).toBe(true);
    const target = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed002-annex'), sections: [], tasks: [] });
    await call(a, 'plans.importApply', { planId: target.plan.id, fileName: file.fileName, base64: file.base64 });
    expect((await getPlanDetail(a.ctx, { id: target.plan.id })).tasks[0]!.forms).toEqual(['broadcast', 'poster']);
  });

  it("is in the activities .xlsx, the quarter report's tables and a bundle that reads back", async () => {
    const a = await open();
    await call(a, 'settings.save', { communeName: 'Xã Thử', communeCode: '10903', province: 'Tỉnh Thử', officerName: 'Cán bộ' });
    const made = [
      await call<{ id: string }>(a, 'activities.create', poster(3, 'trongNha')),
      await call<{ id: string }>(a, 'activities.create', poster(5, 'ngoaiTroi', '2026-03-02')),
    ];

    // .xlsx export: its label, details text and quantity.
    const file = await call<ExportedFile>(a, 'activities.exportXlsx', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const out = rows.find((r) => r[3] === 'Bảng tin (thử)' && r[6] === 5);
    expect(out, JSON.stringify(rows)).toBeDefined();
    expect(String(out![5])).toContain('Ngoài trời');
    // .xlsx import of the kind: its generic columns become its details (sub-kind by label).
    const sheet = new ExcelJS.Workbook();
    const ws = sheet.addWorksheet('A');
    ws.addRow(['Ngày', 'Nội dung', 'Số lượng', 'Loại', 'Địa điểm']);
    ws.addRow(['10/03/2026', 'Bảng tin nhập', '4', 'Ngoài trời', 'Chợ xã']);
    const base64 = Buffer.from(await sheet.xlsx.writeBuffer()).toString('base64');
    expect(await call(a, 'activities.importApply', { base64, kind: 'poster' })).toEqual({ created: 1 });

    // The quarter's report: the form's line in the forms table, its indicator lines (the
    // sub-kind line counts only the outdoor sheets) and the rendered tables.
    const report = await call<{ id: string }>(a, 'reports.create', { kind: 'q1', year: 2026 });
    const view = await call<{ figures: ReportFigures }>(a, 'reports.get', { id: report.id });
    const f = view.figures;
    expect(f.forms.find((x) => x.form === POSTER)).toMatchObject({ label: 'Bảng tin (thử)', online: false, activities: 3 });
    expect(f.indicators.filter((i) => i.form === POSTER).map((i) => [i.key, i.value])).toEqual([
      ['poster.count', 3],
      ['poster.ngoaiTroi', 9],
    ]);
    const tables = reportTables(f).map((t) => t.rows.map((r) => (r.kind === 'row' ? r.cells.map(cellText).join(' | ') : r.title)));
    const lines = tables.flat();
    expect(lines).toContain('Bảng tin (thử)');
    expect(lines.some((l) => l.includes('Tờ dán bảng tin ngoài trời (thử) | tờ | 9'))).toBe(true);

    // A "changes" bundle carries the kind; its payload reads back under the bundle schema, unchanged.
    const prepared = await prepareBundle(a.ctx, { kind: 'changes' });
    const key = await loadSigningKey(a.ctx);
    const trusted = [
      { keyId: prepared.built.manifest.keyId, communeCode: '10903', communeName: 'Xã Thử', publicKey: key.publicKey.toString('base64') },
    ];
    const opened = openEnvelope(prepared.built.bytes, trusted);
    expect(opened.ok, JSON.stringify(opened)).toBe(true);
    const payload = readPayload(opened as Opened);
    expect(payload.ok, JSON.stringify(payload)).toBe(true);
    const back = BundlePayload.parse((payload as { payload: unknown }).payload).activities.filter((x) => x.details.kind === POSTER);
    expect(back).toHaveLength(3);
    for (const { id } of made) expect(back.find((x) => x.id === id)).toEqual(await call(a, 'activities.get', { id }));
  });
});
