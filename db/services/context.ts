import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../open';
import type { Connection } from '../connection';
import type { Platform } from './platform';

/** What every service needs; the host (Electron main, preview, CLI, test) builds it once. */
export interface ServiceContext {
  /** The live database; a host's context reads it through its Connection (contextOver), so a restore never reassigns it. */
  readonly db: Db;
  readonly sqlite: BetterSqlite3.Database;
  /**
   * The host's handle on the live database, which only a restore swaps. Absent in a context built
   * over a bare database (a test's crash writer, a worker that only reads): no restore there.
   */
  readonly connection?: Connection;
  /** Folder beside the database: evidence files, backups, exports. */
  dataDir: string;
  runtime: 'electron' | 'preview' | 'cli';
  appVersion: string;
  platform: Platform;
  /** The time services stamp on rows (db/services/clock.ts); absent = the real clock. Only the demo year sets it. */
  readonly clock?: () => string;
}
