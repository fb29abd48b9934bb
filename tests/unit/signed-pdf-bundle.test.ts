import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleApps, buildWorker, type App } from '../helpers/bundle-apps';
import { usbFolder } from '../helpers/bundles';
import { readyToSubmit } from '../helpers/reports';
import { cidPdf, signPdf, testP12 } from '../helpers/signed-pdf';
import { createBundle, getBundleCandidates } from '../../db/services/bundles';
import { getKeyCard } from '../../db/services/keys';
import { importFolder } from '../../db/services/province-import';
import { createReport, submitReport } from '../../db/services/reports';
import { dispatch } from '../../shared/contract/dispatch';
import { signedSummary } from '../../shared/domain/signed-document';
import { evidencePath } from '../../db/services/evidence';

/** The signed PDF travels: the next bundle carries it (cchc-bundle/2), the province verifies it again and shows it. */
const { app, provinceTrusting } = bundleApps();

let signed: Buffer;
beforeAll(async () => {
  signed = await signPdf(
    cidPdf([['ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG', 'Số: 15/BC-UBND', 'BÁO CÁO kết quả tuyên truyền CCHC Quý I năm 2026']]),
    testP12('Nguyễn Văn An'),
  );
}, 60_000);

async function communeWithReport(): Promise<{ commune: App; id: string }> {
  const commune = await app(true);
  const draft = await createReport(commune.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
  await readyToSubmit(commune.ctx, draft.id, '2026-03-09');
  const id = (await submitReport(commune.ctx, { id: draft.id }, '2026-03-09T03:00:00.000Z')).id;
  return { commune, id };
}
const attach = (a: App, id: string, bytes: Buffer) =>
  dispatch(a.handlers, 'reports.signed.attach', { id, fileName: 'BaoCao_QuyI_daky.pdf', base64: bytes.toString('base64') });
const formatOf = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string }).format;

describe('the signed PDF in the bundle and at the province', () => {
  it('a report bundle without a signed PDF stays cchc-bundle/1; with one it is /2, and the province shows "Đã ký số"', async () => {
    const { commune, id } = await communeWithReport();
    const usb1 = usbFolder();
    const plain = await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb1 });
    expect(formatOf(plain.path)).toBe('cchc-bundle/1');

    expect(await attach(commune, id, signed)).toMatchObject({ ok: true });
    const usb2 = usbFolder();
    const withPdf = await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb2 });
    expect(formatOf(withPdf.path)).toBe('cchc-bundle/2');

    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    // An older bundle first, then the one with the PDF: the province ends with the signed file.
    expect((await importFolder(province.ctx, { folder: usb1 })).imported).toBe(1);
    expect(await dispatch(province.handlers, 'province.signed.get', { communeCode: '10903', reportId: id })).toEqual({
      ok: true,
      value: null,
    });
    expect((await importFolder(province.ctx, { folder: usb2 })).imported).toBe(1);
    const shown = await dispatch(province.handlers, 'province.signed.get', { communeCode: '10903', reportId: id });
    expect(shown).toMatchObject({ ok: true, value: { verified: true, reason: null, fileName: 'BaoCao_QuyI_daky.pdf' } });
    const info = (shown as { value: { signerSubject: string; signerIssuer: string; signingTime: string | null } }).value;
    expect(info.signerSubject).toContain('CN=Nguyễn Văn An');
    expect(info.signerIssuer).toContain('CN=Test CA (made in the test)');
    expect(signedSummary(info)).toMatch(/^Nguyễn Văn An/);
    const file = await dispatch(province.handlers, 'province.signed.open', { communeCode: '10903', reportId: id });
    expect(Buffer.from((file as { value: { base64: string } }).value.base64, 'base64').equals(signed)).toBe(true);
  }, 120_000);

  it('a folder holding a /1 and a /2 bundle imports both through the import worker, the signed PDF intact', async () => {
    const { commune, id } = await communeWithReport();
    const usb = usbFolder();
    await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb });
    await attach(commune, id, signed);
    await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb });
    expect(fs.readdirSync(usb).map((f) => formatOf(path.join(usb, f)))).toEqual(['cchc-bundle/1', 'cchc-bundle/2']);
    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    const summary = await importFolder(province.ctx, { folder: usb }, { workerFile: await buildWorker() });
    expect(summary).toMatchObject({ imported: 2, refused: 0 });
    expect(await dispatch(province.handlers, 'province.signed.get', { communeCode: '10903', reportId: id })).toMatchObject({
      value: { verified: true, signerSubject: expect.stringContaining('Nguyễn Văn An') },
    });
  }, 120_000);

  it('attaching after the report was sent: the next "changes" bundle carries only the signed PDF', async () => {
    const { commune, id } = await communeWithReport();
    await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usbFolder() });
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(0);
    await attach(commune, id, signed);
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(1);
    const usb = usbFolder();
    const b = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect(formatOf(b.path)).toBe('cchc-bundle/2');
    expect(b.activities).toBe(0);
  }, 120_000);

  it('the province never trusts the commune: a PDF changed after signing arrives intact in the bundle but is shown as refused', async () => {
    const { commune, id } = await communeWithReport();
    await attach(commune, id, signed);
    // A commune whose kept file was altered (and its row made to match): the bundle is valid, the signature is not.
    const altered = Buffer.from(signed);
    const at = altered.indexOf('stream\n') + 20;
    altered[at] = altered[at]! ^ 0x01;
    const { sha256: oldSha } = commune.ctx.sqlite.prepare('SELECT sha256 FROM signed_documents').get() as { sha256: string };
    const sha = (await import('node:crypto')).createHash('sha256').update(altered).digest('hex');
    fs.mkdirSync(path.dirname(evidencePath(commune.ctx, sha, 'application/pdf')), { recursive: true });
    fs.writeFileSync(evidencePath(commune.ctx, sha, 'application/pdf'), altered);
    commune.ctx.sqlite.prepare('UPDATE signed_documents SET sha256 = ? WHERE sha256 = ?').run(sha, oldSha);
    const usb = usbFolder();
    await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb });
    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    expect(await dispatch(province.handlers, 'province.signed.get', { communeCode: '10903', reportId: id })).toMatchObject({
      ok: true,
      value: { verified: false, reason: expect.stringMatching(/tệp đã bị sửa sau khi ký/) },
    });
  }, 120_000);
});

describe('a plan signed elsewhere (Kế hoạch, or its Quyết định ban hành)', () => {
  it("is checked against the plan's số ký hiệu, refused without one, and travels with the report bundle of its year", async () => {
    const { commune, id } = await communeWithReport();
    const { createPlan, getPlanDetail, listPlans } = await import('../../db/services/plans');
    const { PlanFields } = await import('../../shared/domain/plan');
    const demo = (await getPlanDetail(commune.ctx, { id: (await listPlans(commune.ctx, { year: 2026 }))[0]!.id })).plan;
    const fields = Object.fromEntries(Object.keys(PlanFields.shape).map((k) => [k, (demo as Record<string, unknown>)[k]]));
    const plan = await createPlan(commune.ctx, PlanFields.parse({ ...fields, numberText: '12/KH-UBND', decision: undefined }));
    // A plan without a số yet ("…/KH-UBND"): nothing to check the signed file against.
    const unnumbered = await createPlan(commune.ctx, PlanFields.parse({ ...fields, numberText: '…/KH-UBND', decision: undefined }));
    expect(
      await dispatch(commune.handlers, 'plans.signed.attach', { id: unnumbered.id, fileName: 'x.pdf', base64: signed.toString('base64') }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('Kế hoạch chưa có số ký hiệu') } });
    const planPdf = await signPdf(
      cidPdf([['ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG', `Số: ${plan.numberText}`, 'KẾ HOẠCH tuyên truyền CCHC năm 2026']]),
      testP12('Nguyễn Văn An'),
    );
    const attachPlan = (bytes: Buffer) =>
      dispatch(commune.handlers, 'plans.signed.attach', {
        id: plan.id,
        fileName: 'KeHoach_2026_daky.pdf',
        base64: bytes.toString('base64'),
      });
    expect(await attachPlan(signed)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(`không có số ký hiệu "${plan.numberText}"`) },
    });
    expect(await attachPlan(planPdf)).toMatchObject({ ok: true, value: { ownerKind: 'plan', ownerId: plan.id } });
    const usb = usbFolder();
    const b = await createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb });
    const env = JSON.parse(fs.readFileSync(b.path, 'utf8')) as { format: string; manifest: { parts: Record<string, { count: number }> } };
    expect(env.format).toBe('cchc-bundle/2');
    expect(env.manifest.parts.signedDocuments!.count).toBe(1);
    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    expect(province.ctx.sqlite.prepare('SELECT owner_kind, owner_id FROM prov_signed_documents').all()).toEqual([
      { owner_kind: 'plan', owner_id: plan.id },
    ]);
  }, 120_000);
});
