import type { AreaHandlers } from './area-handlers';
import { copyPlanToYear, createPlan, deletePlan, getPlanDetail, listPlans, saveAnnex, updatePlan } from './plans';
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
} satisfies AreaHandlers<'plans'>;
