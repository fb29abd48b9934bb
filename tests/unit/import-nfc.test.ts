import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { FIXTURES } from '../helpers/plans';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';
import { dispatch } from '../../shared/contract/dispatch';
import type { AppHost } from '../../db/host';

/**
 * The file-import boundaries read text in NFC (issue 12): a Word plan, an activity sheet or a
 * play log typed with Unikey "Unicode tổ hợp" (NFD) is read exactly like the same file in NFC.
 * The oracle is the NFC file itself: same preview, same stored rows, and every stored text NFC.
 */
const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const SETTINGS = { communeName: 'xã Quyết Thắng', communeCode: '10903', province: 'Hải Phòng', officerName: 'Lan', officerTitle: '' };

/** The same .docx/.xlsx with every XML part's text decomposed (the markup is ASCII, so only text changes). */
async function decomposed(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml')))
    zip.file(name, (await zip.file(name)!.async('string')).normalize('NFD'));
  return zip.generateAsync({ type: 'uint8array' });
}
const allNfc = (a: AppHost, table: string) =>
  (a.ctx.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).every((r) =>
    Object.values(r).every((v) => typeof v !== 'string' || v === v.normalize('NFC')),
  );
const stored = (a: AppHost, sql: string) =>
  JSON.stringify(a.ctx.sqlite.prepare(sql).all()).replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'X');

describe('imports read NFD files as NFC', () => {
  it('a Word plan in NFD: the same preview (date line, title, tasks) and the same stored plan as in NFC', async () => {
    const nfc = fs.readFileSync(path.join(FIXTURES, 'seed002-plan.docx'));
    const nfd = await decomposed(nfc);
    const results: string[] = [];
    for (const bytes of [nfc, nfd]) {
      const a = await app();
      await call(a, 'settings.save', SETTINGS);
      const up = { fileName: 'ke-hoach.docx', base64: b64(bytes) };
      const preview = await call<{ taskCount: number; placeDate: string }>(a, 'plans.docxPreview', up);
      expect(preview.taskCount).toBeGreaterThan(0);
      expect(preview.placeDate).toMatch(/ngày/);
      await call(a, 'plans.docxApply', up);
      expect(allNfc(a, 'plans') && allNfc(a, 'plan_tasks')).toBe(true);
      results.push(
        JSON.stringify(preview) + stored(a, 'SELECT year, title, doc FROM plans') + stored(a, 'SELECT * FROM plan_tasks ORDER BY position'),
      );
    }
    expect(results[1]).toBe(results[0]);
  });

  it('an activity sheet and a play log in NFD: same previews, same rows as in NFC', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lịch phát');
    ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
    ws.addRow(['01/04/2026 06:00', 'Bản tin cải cách hành chính số 1', 'Cụm loa thôn Đông', '05:30', 'Đã phát']);
    const sheet = new Uint8Array(await wb.xlsx.writeBuffer());
    const header = ['Ngày phát', 'Giờ phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng (giây)', 'Trạng thái'];
    const log = [header, ['15/03/2026', '06:00', 'Bản tin thủ tục đất đai', 'Cụm loa thôn Đông', '300', 'Thành công']];
    const csv = log.map((r) => r.join(';')).join('\r\n');
    const results: string[] = [];
    for (const form of ['NFC', 'NFD'] as const) {
      const a = await app();
      await call(a, 'settings.save', SETTINGS);
      const xlsx = { base64: b64(form === 'NFC' ? sheet : await decomposed(sheet)) };
      const play = { fileName: 'nhat-ky.csv', base64: Buffer.from(csv.normalize(form), 'utf8').toString('base64') };
      const previews = [await call(a, 'activities.importPreview', xlsx), await call(a, 'activities.playLogPreview', play)];
      await call(a, 'activities.importApply', xlsx);
      await call(a, 'activities.playLogApply', play);
      expect(allNfc(a, 'activities')).toBe(true);
      results.push(
        JSON.stringify(previews) + stored(a, 'SELECT date, title, unit_name, note, details, search_text FROM activities ORDER BY title'),
      );
    }
    expect(results[1]).toBe(results[0]);
  });

  it('a phụ lục .xlsx in NFD: the same preview and the same tasks as in NFC', async () => {
    const nfc = fs.readFileSync(path.join(FIXTURES, 'seed001-annex.xlsx'));
    const results: string[] = [];
    for (const bytes of [nfc, await decomposed(nfc)]) {
      const a = await app();
      await call(a, 'settings.save', SETTINGS);
      const plan = await call<{ id: string }>(a, 'plans.create', {
        year: 2026,
        title: 'Kế hoạch tuyên truyền CCHC',
        issuer: 'UBND xã Quyết Thắng',
        annex: { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
      });
      const up = { planId: plan.id, fileName: 'phu-luc.xlsx', base64: b64(bytes) };
      const preview = await call(a, 'plans.importPreview', up);
      await call(a, 'plans.importApply', up);
      expect(allNfc(a, 'plan_tasks') && allNfc(a, 'plan_sections')).toBe(true);
      results.push(JSON.stringify(preview) + stored(a, 'SELECT doc, target_count, status FROM plan_tasks ORDER BY position'));
    }
    expect(results[0]).toMatch(/Tuyên truyền/);
    expect(results[1]).toBe(results[0]);
  });
});
