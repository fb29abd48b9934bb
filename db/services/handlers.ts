import type { Handlers } from '../../shared/contract/dispatch';
import type { ServiceContext } from './context';
import { getAppInfo } from './app';
import { getCommuneSettings, saveCommuneSettings } from './settings';
import { createUnit, deleteUnit, getUnits } from './units';
import { createPlan, getPlanDetail, listPlans } from './plans';
import { createActivity, listActivities } from './activities';
import { backupToFolder, inspectBackupSource, listLocalBackups, restoreBackup } from './backup';
import { exportKeyCard, getKeyInfo, rotateKey } from './keys';
import { createBundle, getBundleCandidates, listOutbox, pickBundleFolder } from './bundles';
import { addKeyCard, communeReport, consolidated, importFolder, listTrustedKeys, statusMatrix } from './province';
import { consolidatedFile } from './province-report';

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
    'activities.create': async (input) => createActivity(ctx, input, await officerName(ctx)),
    'activities.list': (input) => listActivities(ctx, input),
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
    'province.status': ({ year }) => statusMatrix(ctx, year),
    'province.report': ({ period }) => consolidated(ctx, period),
    'province.reportFile': ({ period, format }) => consolidatedFile(ctx, period, format),
    'province.communeReport': ({ communeCode, period }) => communeReport(ctx, communeCode, period),
  };
}

async function officerName(ctx: ServiceContext): Promise<string> {
  return (await getCommuneSettings(ctx))?.officerName ?? '';
}
