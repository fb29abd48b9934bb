import { parentPort } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { importInOrder } from './province-import-loop';
import type { WriterRequest, WriterMessage } from './import-writer-client';

/**
 * Entry of dist/worker/import-writer.cjs: the province's folder import on its own thread and
 * its own connection, so the host keeps answering (app.info, the status polls) while a
 * bundle's ~5,000 rows are written. The database is in WAL mode: the host reads while this
 * thread writes; a host write waits for the current bundle's transaction (busy_timeout).
 */
const post = (m: WriterMessage) => parentPort!.postMessage(m);

parentPort?.once('message', (req: WriterRequest) => {
  void (async () => {
    let sqlite: BetterSqlite3.Database | null = null;
    try {
      sqlite = new BetterSqlite3(req.dbFile, { fileMustExist: true });
      sqlite.pragma('busy_timeout = 10000');
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma('foreign_keys = ON');
      const stop = new Int32Array(req.stop);
      const run = await importInOrder({ sqlite, dataDir: req.dataDir }, req.folder, req.names, req.trusted, req.checkWorkerFile, {
        stopRequested: () => Atomics.load(stop, 0) === 1,
        progress: (done, total, current) => post({ type: 'progress', done, total, current }),
      });
      sqlite.close();
      sqlite = null;
      post({ type: 'end', run });
    } catch (e) {
      if (sqlite?.open) sqlite.close();
      const err = e as { code?: unknown; message?: unknown };
      post({ type: 'fail', code: typeof err.code === 'string' ? err.code : null, message: String(err.message ?? e) });
    }
  })();
});
