import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { DEFAULT_OUTLINE, QUANG_TRI_OUTLINE } from '../../shared/domain/report-outline';
import { toRoman } from '../../shared/print/nd30';
import { pageTexts, squash, verticalRules, words, wordsCrossingRules } from '../helpers/pdf-layout';
import { api } from './api';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

interface Exported {
  fileName: string;
  base64: string;
}

/**
 * Evidence file names and online post URLs of a window, counted straight from the database: for
 * a submitted report, what the log held when it was submitted (the demo's late entry came after).
 */
function evidenceOracle(dataDir: string, from: string, to: string, asOf: string | null): { names: string[]; urls: string[] } {
  const db = new Database(path.join(dataDir, 'cchc.sqlite'), { readonly: true, fileMustExist: true });
  const until = asOf ?? '9999';
  try {
    const names = db
      .prepare(
        `SELECT e.name FROM activity_evidence e JOIN activities a ON a.id = e.activity_id
         WHERE a.deleted_at IS NULL AND a.date BETWEEN ? AND ? AND a.created_at <= ? AND e.created_at <= ?`,
      )
      .pluck()
      .all(from, to, until, until) as string[];
    const urls = db
      .prepare(
        `SELECT json_extract(details, '$.url') FROM activities WHERE deleted_at IS NULL AND kind = 'online' AND date BETWEEN ? AND ? AND created_at <= ? AND coalesce(json_extract(details, '$.url'), '') <> ''`,
      )
      .pluck()
      .all(from, to, until) as string[];
    return { names, urls };
  } finally {
    db.close();
  }
}

for (const [kind, outline] of [
  ['q1', DEFAULT_OUTLINE],
  ['q3', DEFAULT_OUTLINE],
  ['year', DEFAULT_OUTLINE],
  ['q1', QUANG_TRI_OUTLINE],
] as const) {
  test(`the demo year's ${kind} report in the ${outline.id} đề cương: body up to the signer on ≤ 4 pages, every table and every evidence file and URL in the phụ lục, no text over a cell border`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    server = await startPreviewProcess({ demo: 'year' });
    await page.goto(`${server.url}#/reports`);
    await api(page, 'reports.profile.save', {
      profile: { kinds: ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year', 'adhoc'], outline, source: null },
    });
    type Made = { id: string; from: string; to: string; status: string; submittedAt: string | null; doc: Record<string, unknown> };
    let report = await api<Made>(page, 'reports.create', { kind, year: 2026 });
    // A submitted report keeps the đề cương it was signed with (snapshot v4): another đề cương
    // is laid out by its corrected version.
    if (report.status === 'submitted' && outline.id !== DEFAULT_OUTLINE.id)
      report = await api<Made>(page, 'reports.revise', { id: report.id });
    if (report.status === 'draft') {
      await api(page, 'reports.saveDoc', {
        id: report.id,
        doc: {
          ...report.doc,
          numberText: '215/BC-UBND',
          reportDate: '2026-12-16',
          signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Đàm Thanh Vân' },
        },
      });
    }
    const view = await api<{ report: { doc: { numberText: string; signer: { name: string } } } }>(page, 'reports.get', { id: report.id });
    const file = await api<Exported>(page, 'reports.export', { id: report.id, format: 'pdf' });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-layout-'));
    const pdf = path.join(out, file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));

    const pages = pageTexts(pdf);
    const signer = view.report.doc.signer.name;
    expect(signer.length).toBeGreaterThan(0);
    // The body: quốc hiệu on page 1, the four parts in order, Nơi nhận and the signer by page 4.
    const signerPage = pages.findIndex((t) => t.includes('Nơi nhận:') && t.includes(signer));
    expect(signerPage, 'the signer is on one of the first 4 pages').toBeGreaterThanOrEqual(0);
    expect(signerPage).toBeLessThan(4);
    // The signature never stands alone: its page carries the body's last lines above Nơi nhận.
    const aboveSigner = pages[signerPage]!.slice(0, pages[signerPage]!.indexOf('Nơi nhận:')).replace(/^\s*\d+\s*/, '');
    expect(squash(aboveSigner).length, 'body text above Nơi nhận on the signer page').toBeGreaterThan(40);
    const body = squash(pages.slice(0, signerPage + 1).join('\n'));
    const at = (s: string) => body.indexOf(squash(s));
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThanOrEqual(0);
    expect(at(`Số: ${view.report.doc.numberText}`)).toBeGreaterThanOrEqual(0);
    expect(at('Kính gửi:')).toBeGreaterThanOrEqual(0);
    const order = [...outline.parts.map((p, i) => `${toRoman(i + 1)}. ${p.title}`), 'Nơi nhận:'].map(at);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // No detailed table in the body; all of them after the signer, in the phụ lục with its own title.
    expect(body).not.toMatch(/Bảng\d+\./);
    const annex = pages.slice(signerPage + 1).join('\n');
    expect(squash(annex)).toContain(squash('PHỤ LỤC'));
    expect(squash(annex)).toContain(squash(`(Kèm theo Báo cáo số ${view.report.doc.numberText} ngày`));
    for (let n = 1; n <= 6; n++) expect(squash(annex)).toContain(`Bảng${n}.`);
    // Every evidence file name and every online post URL of the window is listed in the phụ lục.
    const oracle = evidenceOracle(server.dataDir, report.from, report.to, report.submittedAt);
    expect(oracle.urls.length).toBeGreaterThan(0);
    expect(oracle.names.length).toBeGreaterThan(0);
    const annexText = squash(annex);
    const missing = [...oracle.names, ...oracle.urls].filter((s) => !annexText.includes(squash(s)));
    expect(missing).toEqual([]);
    // No word crosses a table's column border.
    const rules = verticalRules(pdf);
    expect(rules.length).toBeGreaterThan(10);
    const crossing = wordsCrossingRules(words(pdf), rules).map(
      (c) => `p${c.word.page} "${c.word.text}" ${c.word.xMin.toFixed(1)}–${c.word.xMax.toFixed(1)} over x=${c.rule.x.toFixed(1)}`,
    );
    expect(crossing).toEqual([]);
  });
}

test('Cài đặt: the deadline before the cut-off is said; a province file without Quý II removes Quý II from the due list', async ({
  page,
}) => {
  test.setTimeout(90_000);
  server = await startPreviewProcess();
  await page.goto(`${server.url}#/settings`);
  await expect(page.getByTestId('deadline-before-cutoff')).toContainText(
    /Báo cáo quý: hạn nộp \(10\/03\/\d{4}\) trước ngày chốt số liệu \(14\/03\/\d{4}\)/,
  );
  await page.getByLabel('Báo cáo quý – Ngày hạn nộp').fill('20');
  await expect(page.getByTestId('deadline-before-cutoff')).not.toContainText('Báo cáo quý');

  // The province's file (as the province installation would write it), chosen in Cài đặt.
  const config = {
    config: {
      format: 'cchc-province-config/1',
      province: 'tỉnh Quảng Trị',
      issuedOn: '2026-01-22',
      kinds: ['q1', 'q3', 'h1', 'year', 'adhoc'],
      rules: { quarter: ND09, h1: ND09, m9: ND09, year: ND09, dueSoonDays: 7 },
      outline: {
        id: 'quangtri-2026',
        name: 'Quảng Trị',
        parts: [
          { key: 'results', title: 'KẾT QUẢ THỰC HIỆN' },
          { key: 'shortcomings', title: 'TỒN TẠI, HẠN CHẾ' },
        ],
        summary: 'newsCounts',
        splitCauses: false,
      },
    },
    signature: null,
  };
  const profile = page.getByTestId('report-profile');
  const chooser = page.waitForEvent('filechooser');
  await profile.getByRole('button', { name: 'Nhập tệp cấu hình của tỉnh' }).click();
  await (
    await chooser
  ).setFiles({ name: 'CauHinhBaoCao_TinhQuangTri.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(config)) });
  await expect(profile.getByText('Đã áp dụng cấu hình báo cáo của tỉnh Quảng Trị')).toBeVisible();
  await expect(page.getByTestId('report-profile-source')).toContainText('tệp không có chữ ký số');
  await expect(profile.getByRole('checkbox', { name: 'Quý II', exact: true })).not.toBeChecked();

  await page.goto(`${server.url}#/reports`);
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await expect(page.getByTestId('period-2026-q1')).toBeVisible();
  await expect(page.getByTestId('period-2026-q3')).toBeVisible();
  await expect(page.getByTestId('period-2026-q2')).toHaveCount(0);
  await expect(page.getByTestId('period-2026-m9')).toHaveCount(0);
});

const ND09 = { startMonthsBefore: 1, startDay: 15, endMonthsAfter: 0, endDay: 14, deadlineMonthsAfter: 0, deadlineDay: 10 };
