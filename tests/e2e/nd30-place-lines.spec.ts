import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { previewServers } from './servers';
import { api } from './api';
import { squash, words } from '../helpers/pdf-layout';
import { seed001Plan } from '../../db/demo/seed001';
import { plansText } from '../../shared/strings/plans';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';

/**
 * The app's own PDFs (Chromium, from the print views) on a new install whose commune was typed
 * with a Vietnamese keyboard's decomposed accents and a capital "Xã": the địa danh line reads
 * "Tân Lập, ngày …", the UBND lines keep "xã" lower-case, and the phụ lục's "Kèm theo Kế hoạch
 * số … ngày …" keeps room to write the số and the date (the docx twin: tests/unit/nd30-place-lines.test.ts).
 */
const start = previewServers();

test('fresh install: plan and report PDFs print "Tân Lập, ngày …" and "UBND xã Tân Lập", with writable blanks', async ({ page }) => {
  test.setTimeout(120_000);
  const s = await start({ empty: true });
  await page.goto(s.url);
  const commune = 'Xã Tân Lập'.normalize('NFD');
  await api(page, 'settings.save', {
    communeName: commune,
    communeCode: '10001',
    province: 'tỉnh Phú Thọ',
    officerName: 'Lan',
    officerTitle: '',
  });
  // The plan the "Tạo kế hoạch" dialog makes, with one task in its phụ lục.
  const plan = await api<{ id: string }>(page, 'plans.create', {
    ...seed001Plan.fields,
    issuer: plansText.defaultIssuer(commune),
    numberText: '/KH-UBND',
    place: plansText.placeFromCommune(commune),
    issuedOn: null,
    annex: { heading: 'PHỤ LỤC', title: plansText.defaultAnnexTitle(2026), subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
  });
  const { targetCount: _t, span: _s, ...task } = seed001Plan.tasks[0]!;
  await api(page, 'plans.saveAnnex', { planId: plan.id, sections: [], tasks: [{ ...task, id: randomUUID(), sectionId: null }] });
  const report = await api<{ id: string }>(page, 'reports.create', { kind: 'q4', year: 2026 });

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-nd30-'));
  const pdfOf = async (channel: string, input: unknown) => {
    const f = await api<{ fileName: string; base64: string }>(page, channel, input);
    const file = path.join(out, f.fileName);
    fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
    return file;
  };
  const planPdf = await pdfOf('plans.exportPdf', { id: plan.id, part: 'all' });
  const reportPdf = await pdfOf('reports.export', { id: report.id, format: 'pdf' });
  for (const pdf of [planPdf, reportPdf]) {
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toMatch(/Tân Lập, ngày\s+tháng\s+năm 2026/u);
    expect(text).not.toMatch(/[Xx]ã Tân Lập,|(UBND|Ủy ban nhân dân) Xã/u);
    // The header cell wraps the issuer ("… XÃ TÂN" / "LẬP"), read beside the quốc hiệu.
    expect(text).toMatch(/ỦY BAN NHÂN DÂN XÃ TÂN\s/u);
    expect(text).toMatch(/^LẬP$/mu);
  }
  expect(squash(execFileSync('pdftotext', [reportPdf, '-'], { encoding: 'utf8' }))).toContain(squash('Ủy ban nhân dân xã Tân Lập báo cáo'));

  // The phụ lục line: pdftotext shows each blank as one space, so measure the room on paper.
  const ws = words(planPdf);
  const first = ws.findIndex((w) => w.text === '(Kèm');
  expect(first).toBeGreaterThanOrEqual(0);
  const row = ws.slice(first).filter((w) => w.page === ws[first]!.page && Math.abs(w.yMin - ws[first]!.yMin) < 2);
  expect(row.map((w) => w.text).join(' ')).toMatch(/^\(Kèm theo Kế hoạch số \/KH-UBND ngày \/ \/2026 của UBND xã Tân Lập\)$/u);
  const gapBefore = (re: RegExp) => {
    const k = row.findIndex((w) => re.test(w.text));
    return row[k]!.xMin - row[k - 1]!.xMax;
  };
  expect(gapBefore(/^\/KH-UBND$/)).toBeGreaterThan(25);
  expect(gapBefore(/^\/$/)).toBeGreaterThan(15);
  expect(gapBefore(/^\/2026$/)).toBeGreaterThan(15);
});
