import type { ServiceContext } from './context';
import { getCommuneSettings } from './settings';
import { isDemoData } from './demo-data';
import { readSchemaVersion } from '../migrate';
import type { AppInfo } from '../../shared/contract/app';

export async function getAppInfo(ctx: ServiceContext): Promise<AppInfo> {
  return {
    version: ctx.appVersion,
    schemaVersion: readSchemaVersion(ctx.sqlite),
    runtime: ctx.runtime,
    dataDir: ctx.dataDir,
    needsSetup: (await getCommuneSettings(ctx)) === null,
    demo: await isDemoData(ctx),
  };
}

/** A .cchc file the app was opened with (double-click on the province's machine), handed out once. */
export function takeOpenedFile(ctx: ServiceContext): { path: string | null } {
  return { path: ctx.platform.takeOpenedFile?.() ?? null };
}
