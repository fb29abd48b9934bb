import path from 'node:path';
import { openDatabase, type OpenDatabase } from './open';
import { createHandlers } from './services/handlers';
import type { ServiceContext } from './services/context';
import type { Handlers } from '../shared/contract/dispatch';
import { seedDemo } from './demo/index';
import { getCommuneSettings } from './services/settings';
import { readSchemaVersion } from './migrate';
import { headlessPlatform, type Platform } from './services/platform';

export const DB_FILE_NAME = 'cchc.sqlite';

export interface AppHost {
  ctx: ServiceContext;
  handlers: Handlers;
  database: OpenDatabase;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  dataDir: string;
  runtime: ServiceContext['runtime'];
  appVersion: string;
  /** Fill a brand-new database with the demo commune year. */
  demo?: boolean;
  /** Dialogs and printing; the CLI and tests get the headless one. */
  platform?: Platform;
}

/** One way to start the services, for Electron main, the preview server, the CLI and tests. */
export async function openApp(opts: OpenAppOptions): Promise<AppHost> {
  const file = path.join(opts.dataDir, DB_FILE_NAME);
  const database = await openDatabase(file);
  const ctx: ServiceContext = { db: database.db, sqlite: database.sqlite, dataDir: opts.dataDir, runtime: opts.runtime, appVersion: opts.appVersion, platform: opts.platform ?? headlessPlatform };
  if (opts.demo && readSchemaVersion(database.sqlite) > 0 && (await isEmpty(ctx))) await seedDemo(ctx);
  return { ctx, handlers: createHandlers(ctx), database, close: () => database.close() };
}

async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  if (await getCommuneSettings(ctx)) return false;
  const plan = await ctx.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
  return !plan;
}
