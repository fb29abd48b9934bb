import type { Handlers } from '../../shared/contract/dispatch';
import type { ServiceContext } from './context';
import { bindHandlers, mergeAreaHandlers, type AreaHandlerMap } from './area-handlers';
import { appHandlers } from './app-handlers';
import { settingsHandlers } from './settings-handlers';
import { unitHandlers } from './units-handlers';
import { planHandlers } from './plans-handlers';
import { activityHandlers } from './activities-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { backupHandlers } from './backup-handlers';
import { bundleHandlers } from './bundles-handlers';
import { provinceHandlers } from './province-handlers';
import { reportHandlers } from './reports-handlers';
import { folderHandlers } from './folders-handlers';

/** Each area's handlers live beside its services; a new channel goes in its area's map. */
export const AREA_HANDLERS: readonly AreaHandlerMap[] = [
  appHandlers,
  settingsHandlers,
  unitHandlers,
  planHandlers,
  activityHandlers,
  evidenceHandlers,
  backupHandlers,
  bundleHandlers,
  provinceHandlers,
  reportHandlers,
  folderHandlers,
];

/**
 * The table of services behind the contract. Electron main, the preview server and the CLI
 * all dispatch through it, so the transports cannot drift apart. Merged once at load: a
 * channel with two handlers (or none) stops the app from starting.
 */
const merged = mergeAreaHandlers(AREA_HANDLERS);

export function createHandlers(ctx: ServiceContext): Handlers {
  return bindHandlers(ctx, merged);
}
