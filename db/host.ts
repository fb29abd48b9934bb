import fs from 'node:fs';
import path from 'node:path';
import type { OpenDatabase } from './open';
import { Connection, contextOver } from './connection';
import { createHandlers } from './services/handlers';
import type { ServiceContext } from './services/context';
import type { Handlers } from '../shared/contract/dispatch';
import { isEmptyInstall, seedDemoData } from './services/demo-data';
import { stopJobs } from './services/jobs';
import { readSchemaVersion } from './migrate';
import { headlessPlatform, type Platform } from './services/platform';
import {
  backupsDir,
  lastChangeOf,
  completePendingRestore,
  createBackup,
  listBackups,
  LIVE_DB_FILE,
  rotateBackups,
  sweepLeftovers,
} from './backup/index';
import { listLocalBackups, preMigrateBackup } from './services/backup';
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
  const connection = new Connection(path.join(opts.dataDir, DB_FILE_NAME));
  const ctx = hostContext(connection, opts);
  await startServices(ctx, connection, opts);
  return {
    ctx,
    handlers: createHandlers(ctx),
    get database(): OpenDatabase {
      return connection.database;
    },
    close: () => closeHost(ctx, connection),
  };
}

/**
 * The one way a host stops (openApp's and startApp's): a running job (a folder import) stops
 * between two bundles first; its connection closes last.
 */
async function closeHost(ctx: ServiceContext, connection: Connection): Promise<void> {
  await stopJobs(ctx);
  await connection.close();
}

function hostContext(connection: Connection, opts: OpenAppOptions): ServiceContext {
  return contextOver(connection, {
    dataDir: opts.dataDir,
    runtime: opts.runtime,
    appVersion: opts.appVersion,
    platform: opts.platform ?? headlessPlatform,
  });
}

/** Opens the live database into the host's connection, then the start-up upkeep and the demo. */
async function startServices(ctx: ServiceContext, connection: Connection, opts: OpenAppOptions): Promise<void> {
  const now = opts.now ?? new Date();
  const state = opts.maintenance ? readState(opts.dataDir) : {};
  const fullCheck = !!opts.maintenance && (!state.lastFullCheckAt || now.getTime() - Date.parse(state.lastFullCheckAt) >= WEEK_MS);
  await connection.open({
    integrity: fullCheck ? 'full' : 'quick',
    beforeMigrate: preMigrateBackup(opts.dataDir, opts.appVersion),
  });
  if (fullCheck) writeState(opts.dataDir, { ...state, lastFullCheckAt: now.toISOString() });
  try {
    if (opts.demo && readSchemaVersion(connection.sqlite) > 0 && (await isEmptyInstall(ctx))) {
      await seedDemoData(ctx, opts.demo === 'year' ? 'year' : 'basic');
    }
    if (opts.maintenance) await dailyBackup(ctx, now);
  } catch (e) {
    // A start that fails leaves nothing open (recovery mode is "no database open").
    await connection.close().catch(() => undefined);
    throw e;
  }
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
  const connection = new Connection(path.join(opts.dataDir, DB_FILE_NAME));
  const ctx = hostContext(connection, opts);
  const services = createHandlers(ctx);
  let failedOpen: { code: RecoveryInfo['code']; message: string } | null = null;
  // A restore a crash interrupted is finished (or undone) before anything opens the file.
  try {
    const pending = completePendingRestore(opts.dataDir);
    if (pending !== 'none') console.error(`[backup] interrupted restore ${pending === 'completed' ? 'completed' : 'rolled back'} at start`);
    sweepLeftovers(opts.dataDir);
  } catch (e) {
    throw storageError(e, 'start', common.errors.dbCorrupt) ?? e;
  }
  // A missing or emptied database with backups beside it is lost data, not a new install.
  const file = connection.file;
  const lostButHadData = (!fs.existsSync(file) || fs.statSync(file).size === 0) && listBackups(opts.dataDir).length > 0;
  if (lostButHadData) failedOpen = { code: 'DB_CORRUPT', message: backupText.recovery.body };
  else {
    try {
      await startServices(ctx, connection, { maintenance: true, ...opts });
    } catch (e) {
      if (isAppError(e) && (e.code === 'DB_CORRUPT' || e.code === 'DB_FROM_NEWER_VERSION'))
        failedOpen = { code: e.code, message: e.message };
      else throw e;
    }
  }
  // Recovery mode is "no database open": a restore that opens one ends it, whoever started it.
  const recovery = (): RecoveryInfo | null =>
    connection.isOpen
      ? null
      : {
          ...(failedOpen ?? { code: 'DB_CORRUPT', message: backupText.recovery.body }),
          latestBackup: listLocalBackups(opts).find(() => true) ?? null,
        };

  const unavailable = () => {
    throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
  };
  // Without a database only the backup channels work: the same services, over the same context.
  const recoveryHandlers: Partial<Handlers> = {
    'app.info': () => ({
      version: opts.appVersion,
      schemaVersion: 0,
      runtime: opts.runtime,
      dataDir: opts.dataDir,
      needsSetup: false,
      recovery: recovery(),
    }),
    'backup.list': services['backup.list'],
    // The recovery screen's "Chọn thư mục…" (preview) browses for a backup on the USB.
    'folders.list': services['folders.list'],
    'backup.inspect': services['backup.inspect'],
    'backup.restore': services['backup.restore'],
  };
  const handlers = {} as Record<ChannelName, (input: unknown) => unknown>;
  // While a restore swaps the database file, other calls wait for it instead of meeting a
  // closed connection.
  let restoring: Promise<unknown> | null = null;
  for (const name of CHANNEL_NAMES) {
    const run = (input: unknown) => {
      const h = (connection.isOpen ? services[name] : recoveryHandlers[name]) as ((i: unknown) => unknown) | undefined;
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
      return recovery();
    },
    get ctx() {
      if (!connection.isOpen) throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
      return ctx;
    },
    get database() {
      return connection.database;
    },
    close: () => closeHost(ctx, connection),
  };
}
