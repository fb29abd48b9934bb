import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { usbFolder } from '../helpers/bundles';
import { createReport, reviseReport, saveReportDoc, submitReport, getReportView } from '../../db/services/reports';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';
import { addKeyCard } from '../../db/services/province-keys';
import { importFolder } from '../../db/services/province-import';
import { communeReportDocument, consolidatedDocData } from '../../db/services/province-docs';
import { consolidatedFile } from '../../db/services/province-report';
import { saveCommuneSettings } from '../../db/services/settings';
import { consolidatedLayout } from '../../shared/domain/consolidated-doc';
import { AppError } from '../../shared/errors';

const openApp = testApps();

/** A commune with Quý I submitted on 5/3 (v1) and corrected on 20/3 (v2), both sent to the province in bundles. */
async function provinceWithTwoVersions() {
  const commune = await openApp({ demo: true });
  const province = await openApp();
  await saveCommuneSettings(province.ctx, {
    communeName: 'Sở Nội vụ',
    communeCode: '00001',
    province: 'thành phố Hải Phòng',
    officerName: 'Lê Văn Hùng',
    officerTitle: '',
  });
  const r1 = await createReport(commune.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
  await saveReportDoc(commune.ctx, {
    id: r1.id,
    doc: {
      ...r1.doc,
      numberText: '15/BC-UBND',
      reportDate: '2026-03-05',
      sections: { ...r1.doc.sections, results: 'Bản đầu: 5 hoạt động.' },
      signer: { ...r1.doc.signer, name: 'Mai Đàm Thanh Vân' },
    },
  });
  await submitReport(commune.ctx, { id: r1.id }, '2026-03-05T02:00:00.000Z');
  const r2 = await reviseReport(commune.ctx, { id: r1.id });
  await saveReportDoc(commune.ctx, {
    id: r2.id,
    doc: { ...r2.doc, numberText: '18/BC-UBND', sections: { ...r2.doc.sections, results: 'Bản điều chỉnh: 5 hoạt động.' } },
  });
  await submitReport(commune.ctx, { id: r2.id }, '2026-03-20T02:00:00.000Z');
  const usb = usbFolder();
  await createBundle(commune.ctx, { what: { kind: 'report', reportId: r1.id }, folder: usb });
  await createBundle(commune.ctx, { what: { kind: 'report', reportId: r2.id }, folder: usb });
  const card = await exportKeyCard(commune.ctx);
  const cardFile = path.join(tempDir(), card.fileName);
  fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
  await addKeyCard(province.ctx, { path: cardFile });
  expect(await importFolder(province.ctx, { folder: usb })).toMatchObject({ imported: 2, refused: 0 });
  return { commune, province, r1, r2 };
}

describe('province drill-down: a commune’s submitted report as its printed document, with its versions', () => {
  it('opens the latest version by default and any earlier one on request, with the frozen text and figures', async () => {
    const { commune, province, r1 } = await provinceWithTwoVersions();
    const latest = await communeReportDocument(province.ctx, '10903', '2026-q1', null);
    expect(latest.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(latest.version).toBe(2);
    expect(latest.printable.doc.numberText).toBe('18/BC-UBND');
    expect(latest.printable.doc.sections.results).toBe('Bản điều chỉnh: 5 hoạt động.');
    expect(latest.printable.phrase).toBe('Quý I năm 2026');
    const v1 = await communeReportDocument(province.ctx, '10903', '2026-q1', 1);
    expect(v1.printable.doc.sections.results).toBe('Bản đầu: 5 hoạt động.');
    // The figures are the commune's frozen ones, not a recount at the province.
    expect(v1.printable.figures).toEqual((await getReportView(commune.ctx, { id: r1.id })).figures);
    const e = await communeReportDocument(province.ctx, '10903', '2026-q1', 7).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toBe('Xã này không có bản 7 của kỳ báo cáo đã chọn.');
  });
});

describe('Báo cáo tổng hợp: an NĐ 30 document in .docx (and the print view from the same layout)', () => {
  it('has header, số, trích yếu, the on-time/late/missing lists, Nơi nhận, signer and the per-commune table', async () => {
    const { province } = await provinceWithTwoVersions();
    const data = await consolidatedDocData(province.ctx, '2026-q1', '2026-04-01T00:00:00.000Z');
    expect(data.timeliness).toEqual([
      { communeCode: '10903', communeName: 'xã Quyết Thắng', status: 'onTime', submittedAt: '2026-03-05T02:00:00.000Z', version: 2 },
    ]);
    const L = consolidatedLayout(data);
    expect(L.parts.map((p) => p.heading)).toEqual([
      'I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG',
      'II. KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH',
      'III. TỒN TẠI, HẠN CHẾ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(L.parts[0]!.text).toContain('- Đúng hạn: xã Quyết Thắng.');
    expect(L.parts[0]!.text).toContain('- Gửi muộn: không có.');

    const file = await consolidatedFile(province.ctx, { period: '2026-q1', format: 'docx' });
    const out = path.join(tempDir(), file.fileName);
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml']).toString('utf8');
    const text = xml.replace(/<[^>]+>/g, '');
    const order = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
      'SỞ NỘI VỤ',
      'Số: …/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      'Tổng hợp kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2026',
      'Kính gửi: Ủy ban nhân dân thành phố Hải Phòng',
      '- Đúng hạn: xã Quyết Thắng.',
      'Nơi nhận:',
      'PHÓ GIÁM ĐỐC',
      'PHỤ LỤC',
      'Bảng 1. Số hoạt động theo hình thức',
      'xã Quyết Thắng (10903)',
      'Bảng 2. Tình hình gửi báo cáo',
    ].map((s) => text.indexOf(s));
    expect(
      order.every((p) => p >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toContain('w:orient="landscape"');
  });
});
