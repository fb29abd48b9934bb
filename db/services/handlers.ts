import type { Handlers } from '../../shared/contract/dispatch';
import type { ServiceContext } from './context';
import { getAppInfo } from './app';
import { getCommuneSettings, saveCommuneSettings } from './settings';
import { createUnit, deleteUnit, getUnits } from './units';
import { createPlan, getPlanDetail, listPlans, updatePlan, deletePlan, copyPlanToYear, saveAnnex } from './plans';
import { exportPlanPdf, exportPlanDocx, exportAnnexXlsx, annexTemplate, previewAnnexImport, applyAnnexImport } from './plan-files';
import {
  activityUnitNames,
  createActivity,
  createActivitySeries,
  deleteActivity,
  getActivity,
  lastUsedActivity,
  listActivities,
  restoreActivity,
  updateActivity,
} from './activities';
import { addEvidence, evidenceThumbnail, linkStoredEvidence, listEvidence, openEvidence, removeEvidence, revealEvidence } from './evidence';
import { dashboard, planProgress, setTaskStatus } from './progress';
import { applyImport, exportActivitiesXlsx, previewImport } from './activities-xlsx';
import { backupToFolder, inspectBackupSource, listLocalBackups, restoreBackup } from './backup';
import { exportKeyCard, getKeyInfo, rotateKey } from './keys';
import { createBundle, getBundleCandidates, listOutbox, pickBundleFolder } from './bundles';
import { addKeyCard, communeReport, consolidated, importBundleFile, importFolder, listTrustedKeys, statusMatrix } from './province';
import { consolidatedFile } from './province-report';
import { createReport, exportReport, getReportRules, getReportView, listPeriods, reviseReport, saveReportDoc, saveReportRules, submitReport } from './reports';
import { clearDemo, loadDemo } from './demo-data';

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
    'activities.createSeries': async (input) => createActivitySeries(ctx, input, await officerName(ctx)),
    'activities.get': ({ id }) => getActivity(ctx, id),
    'activities.update': ({ id, fields }) => updateActivity(ctx, id, fields),
    'activities.delete': ({ id }) => deleteActivity(ctx, id),
    'activities.restore': ({ id }) => restoreActivity(ctx, id),
    'activities.lastUsed': ({ kind }) => lastUsedActivity(ctx, kind),
    'activities.units': () => activityUnitNames(ctx),
    'activities.exportXlsx': (input) => exportActivitiesXlsx(ctx, input),
    'activities.importPreview': (input) => previewImport(ctx, input),
    'activities.importApply': async (input) => applyImport(ctx, input, await officerName(ctx)),
    'activities.progress': ({ planId }) => planProgress(ctx, planId),
    'activities.setTaskStatus': (input) => setTaskStatus(ctx, input),
    'activities.dashboard': ({ today }) => dashboard(ctx, today),
    'evidence.add': (input) => addEvidence(ctx, input),
    'evidence.link': ({ activityId, sha256, name }) => linkStoredEvidence(ctx, activityId, sha256, name),
    'evidence.list': ({ activityId }) => listEvidence(ctx, activityId),
    'evidence.remove': ({ activityId, sha256 }) => removeEvidence(ctx, activityId, sha256),
    'evidence.thumbnail': ({ sha256 }) => evidenceThumbnail(ctx, sha256),
    'evidence.open': ({ sha256 }) => openEvidence(ctx, sha256),
    'evidence.reveal': ({ sha256 }) => revealEvidence(ctx, sha256),
    'backup.list': () => listLocalBackups(ctx),
    'backup.toFolder': (input) => backupToFolder(ctx, input),
    'backup.inspect': (input) => inspectBackupSource(ctx, input),
    'backup.restore': ({ name, path, confirm: _c }) => restoreBackup(ctx, { name, path }),
    'bundles.keyInfo': () => getKeyInfo(ctx),
    'bundles.keyCard': () => exportKeyCard(ctx),
    'bundles.rotateKey': () => rotateKey(ctx),
    'bundles.candidates': () => getBundleCandidates(ctx),
    'bundles.pickFolder': () => pickBundleFolder(ctx),
    'bundles.create': (input) => createBundle(ctx, input),
    'bundles.outbox': () => listOutbox(ctx),
    'province.keys': () => listTrustedKeys(ctx),
    'province.addKey': ({ path }) => addKeyCard(ctx, path),
    'province.import': ({ folder }) => importFolder(ctx, folder),
    'province.importFile': ({ path }) => importBundleFile(ctx, path),
    'app.openedFile': () => ({ path: ctx.platform.takeOpenedFile?.() ?? null }),
    'app.loadDemo': () => loadDemo(ctx),
    'app.clearDemo': () => clearDemo(ctx),
    'province.status': ({ year }) => statusMatrix(ctx, year),
    'province.report': ({ period }) => consolidated(ctx, period),
    'province.reportFile': ({ period, format }) => consolidatedFile(ctx, period, format),
    'province.communeReport': ({ communeCode, period }) => communeReport(ctx, communeCode, period),
    'reports.rules.get': () => getReportRules(ctx),
    'reports.rules.save': ({ rules }) => saveReportRules(ctx, rules),
    'reports.periods': ({ year, today }) => listPeriods(ctx, year, today),
    'reports.create': (input) => createReport(ctx, input),
    'reports.get': ({ id }) => getReportView(ctx, id),
    'reports.saveDoc': ({ id, doc }) => saveReportDoc(ctx, id, doc),
    'reports.submit': ({ id }) => submitReport(ctx, id),
    'reports.revise': ({ id }) => reviseReport(ctx, id),
    'reports.export': ({ id, format }) => exportReport(ctx, id, format),
  };
}

async function officerName(ctx: ServiceContext): Promise<string> {
  return (await getCommuneSettings(ctx))?.officerName ?? '';
}
