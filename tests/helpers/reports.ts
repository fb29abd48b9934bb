import type { ServiceContext } from '../../db/services/context';
import { saveCommuneSettings } from '../../db/services/settings';
import { getReportView, saveReportDoc } from '../../db/services/reports';
import { draftNarrative } from '../../shared/domain/report';

/**
 * What an officer does before submitting: số, ngày, người ký filled in, and the parts of the
 * text with numbers re-drafted from today's figures (the submit gate refuses otherwise).
 */
export async function readyToSubmit(ctx: ServiceContext, id: string, reportDate = '2026-12-20'): Promise<void> {
  const view = await getReportView(ctx, { id });
  const doc = view.report.doc;
  const fresh = draftNarrative(view.figures, view.phrase, view.commune.communeName);
  await saveReportDoc(ctx, {
    id,
    doc: {
      ...doc,
      numberText: /\d/.test(doc.numberText) ? doc.numberText : '15/BC-UBND',
      reportDate: doc.reportDate ?? reportDate,
      signer: { ...doc.signer, name: doc.signer.name || 'Trần Văn Bình' },
      sections: { ...doc.sections, results: fresh.results, shortcomings: fresh.shortcomings },
    },
  });
}

/** The commune the report tests file for (xã Quyết Thắng, 10903, officer Lan), as first-run setup saves it. */
export async function setUpQuyetThang(ctx: ServiceContext): Promise<void> {
  await saveCommuneSettings(ctx, {
    communeName: 'xã Quyết Thắng',
    communeCode: '10903',
    province: 'thành phố Hải Phòng',
    officerName: 'Lan',
    officerTitle: '',
  });
}
