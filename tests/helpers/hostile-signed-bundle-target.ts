import { openTestApp } from './app';
import { bundleTarget } from './hostile-bundle-target';
import { readyToSubmit } from './reports';
import { cidPdf, signPdf, testP12 } from './signed-pdf';
import { createReport, submitReport } from '../../db/services/reports';
import { attachSignedReportPdf } from '../../db/services/signed-documents';
import { createBundle } from '../../db/services/bundles';
import { tempDir } from './temp';

/**
 * A cchc-bundle/2 under attack: the signed PDF of the demo commune's Quý I report, attached after
 * the report was sent, so the "changes" bundle carries the `signedDocuments` part (issue 13 item
 * 5) and every mutation of the corpus lands there or in the envelope and manifest.
 */
export const signedBundleImportTarget = bundleTarget(
  'province import of a cchc-bundle/2 with signed PDFs (importBundleBytes)',
  async () => {
    const commune = await openTestApp({ demo: true });
    const ids: string[] = [];
    // Three submitted reports, sent once; then their signed PDFs: rows enough for the corpus to reach every field.
    for (const [kind, day] of [
      ['q1', '2026-03-09'],
      ['q2', '2026-06-09'],
      ['q3', '2026-09-09'],
    ] as const) {
      const draft = await createReport(commune.ctx, { kind, year: 2026, from: null, to: null, deadline: null });
      await readyToSubmit(commune.ctx, draft.id, day);
      ids.push((await submitReport(commune.ctx, { id: draft.id }, `${day}T03:00:00.000Z`)).id);
    }
    await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: tempDir() });
    const pdf = await signPdf(cidPdf([['Số: 15/BC-UBND', 'BÁO CÁO tuyên truyền CCHC năm 2026']]), testP12('Nguyễn Văn An'));
    for (const id of ids) await attachSignedReportPdf(commune.ctx, { id, fileName: 'BaoCao_daky.pdf', base64: pdf.toString('base64') });
    return { commune, what: { kind: 'changes' } };
  },
);
