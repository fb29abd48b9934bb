import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../open';
import type { Platform } from './platform';

/** What every service needs; the host (Electron main, preview, CLI, test) builds it once. */
export interface ServiceContext {
  db: Db;
  sqlite: BetterSqlite3.Database;
  /** Folder beside the database: evidence files, backups, exports. */
  dataDir: string;
  runtime: 'electron' | 'preview' | 'cli';
  appVersion: string;
  platform: Platform;
}
