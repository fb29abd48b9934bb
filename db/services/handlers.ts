import type { Handlers } from '../../shared/contract/dispatch';
import type { ServiceContext } from './context';
import { getAppInfo } from './app';
import { getCommuneSettings, saveCommuneSettings } from './settings';
import { createUnit, deleteUnit, getUnits } from './units';
import { createPlan, getPlanDetail, listPlans, updatePlan, deletePlan, copyPlanToYear, saveAnnex } from './plans';
import { exportPlanPdf, exportPlanDocx, exportAnnexXlsx, annexTemplate, previewAnnexImport, applyAnnexImport } from './plan-files';
import { createActivity, listActivities } from './activities';

/**
 * The table of services behind the contract. Electron main, the preview server and the CLI
 * all dispatch through this one map, so the transports cannot drift apart.
 */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'app.info': () => getAppInfo(ctx),
    'settings.get': () => getCommuneSettings(ctx),
    'settings.save': (input) => saveCommuneSettings(ctx, input),
    'units.list': () => getUnits(ctx),
    'units.create': (input) => createUnit(ctx, input),
    'units.delete': ({ id }) => deleteUnit(ctx, id),
    'plans.list': ({ year }) => listPlans(ctx, year),
    'plans.get': ({ id }) => getPlanDetail(ctx, id),
    'plans.create': (input) => createPlan(ctx, input),
    'plans.update': ({ id, fields }) => updatePlan(ctx, id, fields),
    'plans.delete': ({ id }) => deletePlan(ctx, id),
    'plans.copyToYear': ({ id, year }) => copyPlanToYear(ctx, id, year),
    'plans.saveAnnex': (input) => saveAnnex(ctx, input),
    'plans.exportPdf': ({ id, part }) => exportPlanPdf(ctx, id, part),
    'plans.exportDocx': ({ id, part }) => exportPlanDocx(ctx, id, part),
    'plans.exportXlsx': ({ id }) => exportAnnexXlsx(ctx, id),
    'plans.xlsxTemplate': ({ id }) => annexTemplate(ctx, id),
    'plans.importPreview': ({ planId, fileName, base64 }) => previewAnnexImport(ctx, planId, fileName, base64),
    'plans.importApply': ({ planId, fileName, base64 }) => applyAnnexImport(ctx, planId, fileName, base64),
    'activities.create': async (input) => createActivity(ctx, input, await officerName(ctx)),
    'activities.list': (input) => listActivities(ctx, input),
  };
}

async function officerName(ctx: ServiceContext): Promise<string> {
  return (await getCommuneSettings(ctx))?.officerName ?? '';
}
