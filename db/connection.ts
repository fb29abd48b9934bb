import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type Db, type OpenDatabase, type OpenOptions } from './open';
import { AppError } from '../shared/errors';
import { backupText } from '../shared/strings/backup';
import type { ServiceContext } from './services/context';

/**
 * The host's one handle on the live database. Services never hold the connection itself: their
 * context reads `db`/`sqlite` through this handle, so a restore closes the file, swaps it and
 * opens the new one here, and every later call sees the new database without anyone reassigning
 * fields of a shared context. Empty (recovery mode, or between close and open in a restore) it
 * answers with the recovery message instead of a closed-connection error.
 */
export class Connection {
  #current: OpenDatabase | null;

  constructor(
    /** The live database file (cchc.sqlite in the data folder). */
    readonly file: string,
    current: OpenDatabase | null = null,
  ) {
    this.#current = current;
  }

  get isOpen(): boolean {
    return this.#current !== null;
  }

  /** The open database; throws the recovery message when none is open. */
  get database(): OpenDatabase {
    if (!this.#current) throw new AppError('DB_CORRUPT', backupText.recovery.unavailable);
    return this.#current;
  }

  get db(): Db {
    return this.database.db;
  }

  get sqlite(): BetterSqlite3.Database {
    return this.database.sqlite;
  }

  /** Opens the live file and makes it current (a previous one must be closed first). */
  async open(opts: OpenOptions = {}): Promise<void> {
    if (this.#current) throw new Error('connection already open');
    this.#current = await openDatabase(this.file, opts);
  }

  /** Closes the current database; the handle is empty until the next open(). */
  async close(): Promise<void> {
    const d = this.#current;
    this.#current = null;
    await d?.close();
  }
}

/** The services' context over a host's connection: `db` and `sqlite` follow what the handle holds. */
export function contextOver(connection: Connection, rest: Omit<ServiceContext, 'db' | 'sqlite' | 'connection'>): ServiceContext {
  return {
    ...rest,
    connection,
    get db() {
      return connection.db;
    },
    get sqlite() {
      return connection.sqlite;
    },
  };
}
