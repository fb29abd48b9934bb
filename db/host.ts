import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from './open';
import { createHandlers } from './services/handlers';
import type { ServiceContext } from './services/context';
import type { Handlers } from '../shared/contract/dispatch';
import { seedDemoData } from './services/demo-data';
import { listFolders } from './services/folders';
import { getCommuneSettings } from './services/settings';
import { readSchemaVersion } from './migrate';
import { headlessPlatform, type Platform } from './services/platform';
import {
  backupsDir,
  lastChangeOf,
  completePendingRestore,
  createBackup,
  inspectBackup,
  listBackups,
  LIVE_DB_FILE,
  rotateBackups,
  sweepLeftovers,
} from './backup/index';
import { inspectBackupSource, listLocalBackups, preMigrateBackup, resolveBackupSource, restoreInto } from './services/backup';
import { CHANNEL_NAMES, type ChannelName } from '../shared/contract/index';
import { AppError, isAppError } from '../shared/errors';
import { storageError } from '../shared/storage-errors';
import { common } from '../shared/strings/common';
import { backupText } from '../shared/strings/backup';
import type { RecoveryInfo } from '../shared/domain/backup';

export const DB_FILE_NAME = LIVE_DB_FILE;

/** Which demo a brand-new database gets: the small one (tests, first look) or the full year. */
export const DEMO_KINDS = ['basic', 'year'] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

export interface AppHost {
  ctx: ServiceContext;
  handlers: Handlers;
  /** The database behind ctx right now (a restore swaps it). */
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  dataDir: string;
  runtime: ServiceContext['runtime'];
  appVersion: string;
  /** Fill a brand-new database with demo data: true or 'basic' = the small demo, 'year' = the demo year. */
  demo?: boolean | DemoKind;
  /** Dialogs and printing; the CLI and tests get the headless one. */
  platform?: Platform;
  /**
   * Start-up upkeep of the real app (Electron, preview): the once-a-day backup with rotation
   * and the weekly full integrity_check. Tests and the CLI leave it off.
   */
  maintenance?: boolean;
  now?: Date;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
const STATE_FILE = 'state.json';

interface UpkeepState {
  lastFullCheckAt?: string;
}

function readState(dataDir: string): UpkeepState {
  try {
    const v = JSON.parse(fs.readFileSync(path.join(backupsDir(dataDir), STATE_FILE), 'utf8')) as UpkeepState;
    return typeof v === 'object' && v ? v : {};
  } catch {
    return {};
  }
}

function writeState(dataDir: string, state: UpkeepState): void {
  try {
    fs.mkdirSync(backupsDir(dataDir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(dataDir), STATE_FILE), JSON.stringify(state));
  } catch {
    // Upkeep bookkeeping only: the check simply runs again next start.
  }
}

/** One way to start the services, for Electron main, the preview server, the CLI and tests. */
export async function openApp(opts: OpenAppOptions): Promise<AppHost> {
  const file = path.join(opts.dataDir, DB_FILE_NAME);
  const now = opts.now ?? new Date();
  const state = opts.maintenance ? readState(opts.dataDir) : {};
  const fullCheck = !!opts.maintenance && (!state.lastFullCheckAt || now.getTime() - Date.parse(state.lastFullCheckAt) >= WEEK_MS);
  const database = await openDatabase(file, {
    integrity: fullCheck ? 'full' : 'quick',
    beforeMigrate: preMigrateBackup(opts.dataDir, opts.appVersion),
  });
  if (fullCheck) writeState(opts.dataDir, { ...state, lastFullCheckAt: now.toISOString() });
  const ctx: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    dataDir: opts.dataDir,
    runtime: opts.runtime,
    appVersion: opts.appVersion,
    platform: opts.platform ?? headlessPlatform,
  };
  if (opts.demo && readSchemaVersion(database.sqlite) > 0 && (await isEmpty(ctx))) {
    await seedDemoData(ctx, opts.demo === 'year' ? 'year' : 'basic');
  }
  if (opts.maintenance) await dailyBackup(ctx, now);
  return {
    ctx,
    handlers: createHandlers(ctx),
    get database(): OpenDatabase {
      return { db: ctx.db, sqlite: ctx.sqlite, file, close: () => ctx.db.destroy() };
    },
    close: () => ctx.db.destroy(),
  };
}

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** The first start of a day makes a backup and rotates; a failure is logged, never fatal. */
export async function dailyBackup(ctx: ServiceContext, now: Date = new Date()): Promise<string | null> {
  try {
    if (listBackups(ctx.dataDir).some((b) => b.reason === 'daily' && sameLocalDay(new Date(b.createdAt), now))) return null;
    const made = await createBackup(ctx.sqlite, { dataDir: ctx.dataDir, reason: 'daily', appVersion: ctx.appVersion, now });
    rotateBackups(ctx.dataDir, lastChangeOf(ctx.sqlite));
    return made.path;
  } catch (e) {
    console.error('[backup] daily backup failed:', isAppError(e) ? e.message : e);
    return null;
  }
}

async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  if (await getCommuneSettings(ctx)) return false;
  const plan = await ctx.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
  return !plan;
}

/**
 * The host of the real app: the services when the database opens, otherwise recovery mode
 * (app.info reports it, the renderer shows the recovery screen, only backup channels work and
 * the damaged file is moved aside — never overwritten — when a backup is restored).
 */
export interface LiveHost {
  /** Stable table: Electron registers it once; it follows the mode. */
  readonly handlers: Handlers;
  readonly recovery: RecoveryInfo | null;
  /** Throws in recovery mode. */
  readonly ctx: ServiceContext;
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

export async function startApp(opts: OpenAppOptions): Promise<LiveHost> {
  let current: AppHost | null = null;
  let recovery: RecoveryInfo | null = null;
  const file = path.join(opts.dataDir, DB_FILE_NAME);
  const enterRecovery = (code: RecoveryInfo['code'], message: string) => {
    const latest = listLocalBackups(opts).find(() => true) ?? null;
    recovery = { code, message, latestBackup: latest };
  };
  // A restore a crash interrupted is finished (or undone) before anything opens the file.
  try {
    const pending = completePendingRestore(opts.dataDir);
    if (pending !== 'none') console.error(`[backup] interrupted restore ${pending === 'completed' ? 'completed' : 'rolled back'} at start`);
    sweepLeftovers(opts.dataDir);
  } catch (e) {
    throw storageError(e, 'start', common.errors.dbCorrupt) ?? e;
  }
  // A missing or emptied database with backups beside it is lost data, not a new install.
  const lostButHadData = (!fs.existsSync(file) || fs.statSync(file).size === 0) && listBackups(opts.dataDir).length > 0;
  if (lostButHadData) enterRecovery('DB_CORRUPT', backupText.recovery.body);
  else {
    try {
      current = await openApp({ maintenance: true, ...opts });
    } catch (e) {
      if (isAppError(e) && (e.code === 'DB_CORRUPT' || e.code === 'DB_FROM_NEWER_VERSION')) enterRecovery(e.code, e.message);
      else throw e;
    }
  }

  const unavailable = () => {
    throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
  };
  const recoveryHandlers: Partial<Handlers> = {
    'app.info': () => ({
      version: opts.appVersion,
      schemaVersion: 0,
      runtime: opts.runtime,
      dataDir: opts.dataDir,
      needsSetup: false,
      recovery,
    }),
    'backup.list': () => listLocalBackups(opts),
    // The recovery screen's "Chọn thư mục…" (preview) browses for a backup on the USB.
    'folders.list': (input) => listFolders(srcCtx, input),
    'backup.inspect': (input) => inspectBackupSource(srcCtx, input),
    'backup.restore': async (input) => {
      const p = await resolveBackupSource(srcCtx, input);
      if (!p) throw new AppError('INVALID_INPUT', backupText.errors.notFound);
      const b = await inspectBackup(p);
      const previous =
        fs.existsSync(file) && fs.statSync(file).size > 0
          ? await openDatabase(file, { beforeMigrate: preMigrateBackup(opts.dataDir, opts.appVersion) }).catch(() => null)
          : null;
      const done = await restoreInto(
        {
          dataDir: opts.dataDir,
          appVersion: opts.appVersion,
          // A file that opens after all (the disk was freed, the lock released) is not damaged:
          // it is kept as a pre-restore backup like any live database, never moved to hong/.
          live: previous ? { sqlite: previous.sqlite, close: () => previous!.close() } : null,
          open: async () => {
            current = await openApp(opts);
          },
          reopenPrevious: async () => {
            current = await openApp(opts);
            recovery = null;
          },
        },
        b,
      );
      recovery = null;
      return done;
    },
  };
  const srcCtx = { dataDir: opts.dataDir, runtime: opts.runtime, platform: opts.platform ?? headlessPlatform };
  const handlers = {} as Record<ChannelName, (input: unknown) => unknown>;
  // While a restore swaps the database file, other calls wait for it instead of meeting a
  // closed connection.
  let restoring: Promise<unknown> | null = null;
  for (const name of CHANNEL_NAMES) {
    const run = (input: unknown) => {
      if (current) return (current.handlers[name] as (i: unknown) => unknown)(input);
      const h = recoveryHandlers[name] as ((i: unknown) => unknown) | undefined;
      return h ? h(input) : unavailable();
    };
    handlers[name] = async (input: unknown) => {
      while (restoring) await restoring.catch(() => undefined);
      if (name !== 'backup.restore') return run(input);
      const p = Promise.resolve().then(() => run(input));
      restoring = p;
      try {
        return await p;
      } finally {
        restoring = null;
      }
    };
  }
  return {
    handlers: handlers as unknown as Handlers,
    get recovery() {
      return recovery;
    },
    get ctx() {
      if (!current) throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
      return current.ctx;
    },
    get database() {
      if (!current) throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
      return current.database;
    },
    close: async () => {
      await current?.close();
    },
  };
}
