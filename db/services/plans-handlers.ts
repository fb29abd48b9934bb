import type { AreaHandlers } from './area-handlers';
import { copyPlanToYear, createPlan, deletePlan, getPlanDetail, listPlans, saveAnnex, updatePlan } from './plans';
import { applyPlanDocx, previewPlanDocx } from './plan-docx-import';
import { attachSignedPlanPdf, getSignedPdf, openSignedPdf } from './signed-documents';
import { annexTemplate, applyAnnexImport, exportAnnexXlsx, exportPlanDocx, exportPlanPdf, previewAnnexImport } from './plan-files';

export const planHandlers = {
  'plans.list': listPlans,
  'plans.get': getPlanDetail,
  'plans.create': createPlan,
  'plans.update': updatePlan,
  'plans.delete': deletePlan,
  'plans.copyToYear': copyPlanToYear,
  'plans.saveAnnex': saveAnnex,
  'plans.exportPdf': exportPlanPdf,
  'plans.exportDocx': exportPlanDocx,
  'plans.exportXlsx': exportAnnexXlsx,
  'plans.xlsxTemplate': annexTemplate,
  'plans.importPreview': previewAnnexImport,
  'plans.importApply': applyAnnexImport,
  'plans.docxPreview': previewPlanDocx,
  'plans.docxApply': applyPlanDocx,
  'plans.signed.attach': attachSignedPlanPdf,
  'plans.signed.get': getSignedPdf('plan'),
  'plans.signed.open': openSignedPdf('plan'),
} satisfies AreaHandlers<'plans'>;
