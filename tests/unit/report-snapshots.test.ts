import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { SNAPSHOT_V1_DIR, insertV1Row, v1Snapshot } from '../helpers/snapshot-fixture';
import { canonicalJson } from '../../db/services/canonical-json';
import { createReport, getReportView, saveReportDoc, submitReport } from '../../db/services/reports';
import { exportReport } from '../../db/services/report-export';
import { addKeyCard } from '../../db/services/province-keys';
import { communeReport } from '../../db/services/province';
import { importFolder } from '../../db/services/province-import';
import { readReportSnapshot, SnapshotFormatError } from '../../shared/domain/snapshots/read';
import { ReportSnapshotV4 } from '../../shared/domain/snapshots/report-v4';
import { getReportProfile, saveReportProfile } from '../../db/services/report-profile';
import { QUANG_TRI_OUTLINE } from '../../shared/domain/report-outline';

const open = testApps();

describe('a report submitted with snapshot format cchc-report/1 (committed fixture)', () => {
  it('opens: the view shows the frozen figures and text, and its hash still covers the stored bytes', async () => {
    const a = await open();
    const row = await insertV1Row(a);
    expect(
      crypto
        .createHash('sha256')
        .update(canonicalJson(JSON.parse(row.snapshot!)))
        .digest('hex'),
    ).toBe(row.snapshot_hash);
    const view = await getReportView(a.ctx, { id: row.id });
    const snap = v1Snapshot() as { figures: { totals: { activities: number } }; doc: { numberText: string } };
    expect(view.report.status).toBe('submitted');
    expect(view.figures.totals.activities).toBe(snap.figures.totals.activities);
    expect(view.figures).toEqual(snap.figures);
    expect(view.report.doc.numberText).toBe('Số: 15/BC-UBND');
    expect(view.label).toBe('Quý I/2026');
  });

  it('prints: the Word file carries the frozen number, signer and narrative', async () => {
    const a = await open();
    const row = await insertV1Row(a);
    const docx = await exportReport(a.ctx, { id: row.id, format: 'docx' });
    const file = path.join(tempDir(), docx.fileName);
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('15/BC-UBND');
    expect(xml).toContain('Trần Văn Bình');
    expect(xml).toContain('Trong Quý I năm 2026, UBND xã Quyết Thắng');
  });

  it('imports: the province takes the v1 bundle and reads back the same snapshot', async () => {
    const p = await open();
    await addKeyCard(p.ctx, { path: path.join(SNAPSHOT_V1_DIR, 'commune.cchc-key.json') });
    const usb = tempDir();
    fs.copyFileSync(path.join(SNAPSHOT_V1_DIR, 'bundle-q1.cchc'), path.join(usb, 'bundle-q1.cchc'));
    const summary = await importFolder(p.ctx, { folder: usb }, { workerFile: null });
    expect(summary).toMatchObject({ imported: 1, refused: 0 });
    const drill = await communeReport(p.ctx, { communeCode: '10903', period: '2026-q1' });
    expect(readReportSnapshot(drill.report.snapshot)).toEqual({
      ...v1Snapshot(),
      format: 'cchc-report/4',
      estimate: null,
      cumulative: null,
      outline: null,
    });
  });

  it('refuses an unknown format instead of guessing', () => {
    expect(() => readReportSnapshot({ format: 'cchc-report/99' })).toThrow(SnapshotFormatError);
  });

  it('the reader imports nothing but zod and its own frozen files', () => {
    const dir = path.resolve(__dirname, '../../shared/domain/snapshots');
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      const runtime = [...src.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
      for (const spec of runtime) expect(spec === 'zod' || /^\.\/[\w-]+$/.test(spec!), `${f} imports ${spec}`).toBe(true);
    }
  });
});

describe('the writer and the newest frozen schema agree', () => {
  it('a report submitted today parses with the newest frozen schema without losing a field', async () => {
    const a = await open({ demo: true });
    const draft = await createReport(a.ctx, { kind: 'q2', year: 2026, from: null, to: null, deadline: null });
    await saveReportDoc(a.ctx, {
      id: draft.id,
      doc: { ...draft.doc, numberText: 'Số: 20/BC-UBND', reportDate: '2026-06-16', signer: { ...draft.doc.signer, name: 'Trần Văn Bình' } },
    });
    const r = await submitReport(a.ctx, { id: draft.id }, '2026-06-16T03:00:00.000Z');
    const stored = JSON.parse(
      (a.ctx.sqlite.prepare('SELECT snapshot FROM reports WHERE id = ?').get(r.id) as { snapshot: string }).snapshot,
    ) as unknown;
    // The newest frozen format is cchc-report/4 (v3 + the đề cương it was laid out with).
    expect((stored as { format: string }).format).toBe('cchc-report/4');
    expect(ReportSnapshotV4.parse(stored)).toEqual(stored);
  });

  it('a submitted report keeps the đề cương it was signed with after the province changes it', async () => {
    const a = await open({ demo: true });
    const before = (await getReportProfile(a.ctx)).outline;
    expect(before.id).not.toBe(QUANG_TRI_OUTLINE.id);
    const draft = await createReport(a.ctx, { kind: 'q2', year: 2026, from: null, to: null, deadline: null });
    await saveReportDoc(a.ctx, {
      id: draft.id,
      doc: { ...draft.doc, numberText: 'Số: 21/BC-UBND', reportDate: '2026-06-16', signer: { ...draft.doc.signer, name: 'Trần Văn Bình' } },
    });
    const r = await submitReport(a.ctx, { id: draft.id }, '2026-06-16T03:00:00.000Z');
    const draft3 = await createReport(a.ctx, { kind: 'q3', year: 2026, from: null, to: null, deadline: null });
    await saveReportProfile(a.ctx, { ...(await getReportProfile(a.ctx)), outline: QUANG_TRI_OUTLINE });
    // The signed one prints as signed; a draft follows the new đề cương.
    expect((await getReportView(a.ctx, { id: r.id })).outline).toEqual(before);
    expect((await getReportView(a.ctx, { id: draft3.id })).outline.id).toBe(QUANG_TRI_OUTLINE.id);
  });
});
