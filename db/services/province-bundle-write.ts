import type BetterSqlite3 from 'better-sqlite3';
import * as repo from '../repositories/province';
import { MAX_BUNDLE_BYTES, openEnvelope, readPayload, type TrustedKeyRef } from './bundle-format';
import { isAppError } from '../../shared/errors';
import { readRegularFile } from '../files-safe';
import { bundlesText } from '../../shared/strings/bundles';
import type { BundleRefusal, BundlePayload, ImportLine, Manifest } from '../../shared/domain/bundle';
import { activityQuantity } from '../../shared/domain/activity';
import { nowIso } from '../../shared/ids';
import type { ServiceContext } from './context';
import { storeImportedSignedFiles, writeSignedDocuments } from './province-signed';

/** Where a bundle is written: the host's context, or the writer thread's own connection and the same data folder. */
export type ImportTarget = Pick<ServiceContext, 'sqlite' | 'dataDir'>;

// The signed-PDF helpers take a ServiceContext but read only its connection and data folder.
const asContext = (t: ImportTarget) => t as ServiceContext;

/**
 * One bundle into the province database, over a bare better-sqlite3 connection: the host's
 * own, or the import writer thread's (db/services/import-writer.ts). Each bundle is one
 * transaction, so an import stopped between bundles leaves whole bundles only.
 */
const t = bundlesText;

/** A .cchc named by path, through the one safe reader: a FIFO, a device or an oversized file is refused at once. */
export function readBundleFile(
  file: string,
): { ok: true; bytes: Buffer } | { ok: false; code: 'TOO_LARGE' | 'UNREADABLE'; message: string } {
  try {
    return { ok: true, bytes: readRegularFile(file, MAX_BUNDLE_BYTES) };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return {
      ok: false,
      code: e.code === 'FILE_TOO_LARGE' ? 'TOO_LARGE' : 'UNREADABLE',
      message: e.code === 'FILE_TOO_LARGE' ? t.refusal.TOO_LARGE(MAX_BUNDLE_BYTES) : e.message,
    };
  }
}

const statements = new WeakMap<BetterSqlite3.Database, repo.ImportStatements>();
const stmts = (sqlite: BetterSqlite3.Database) => {
  let s = statements.get(sqlite);
  if (!s) statements.set(sqlite, (s = repo.importStatements(sqlite)));
  return s;
};

export function line(file: string, partial: Partial<ImportLine> & Pick<ImportLine, 'status' | 'message'>): ImportLine {
  return { file, code: null, communeCode: null, communeName: null, seq: null, activities: 0, gap: null, ...partial };
}

function writePayload(sqlite: BetterSqlite3.Database, m: Manifest, p: BundlePayload): void {
  const s = stmts(sqlite);
  const c = m.communeCode;
  for (const x of p.plans) s.plan.run(c, x.id, x.year, x.updatedAt, x.deletedAt, JSON.stringify(x));
  for (const x of p.sections) s.section.run(c, x.id, x.planId, x.updatedAt, x.deletedAt, JSON.stringify(x));
  for (const x of p.tasks) s.task.run(c, x.id, x.planId, x.status, x.updatedAt, x.deletedAt, JSON.stringify(x));
  const act = s.activity;
  for (const x of p.activities) {
    const d = x.details;
    act.run(
      c,
      x.id,
      x.date,
      d.kind,
      activityQuantity(d),
      x.taskId,
      x.title,
      x.unitName,
      JSON.stringify(x.areas),
      JSON.stringify(d),
      x.note,
      x.enteredBy,
      x.evidenceCount,
      x.createdAt,
      x.updatedAt,
      x.deletedAt,
    );
  }
  for (const x of p.reports)
    s.report.run(c, x.id, x.periodKey, x.version, x.submittedAt, x.snapshotHash, x.updatedAt, x.deletedAt, JSON.stringify(x));
  for (const x of p.evidence) s.evidence.run(c, x.activityId, x.sha256, x.name, x.size, x.mime);
}

/** What the cryptographic checks yield (in this thread or in the import worker). */
export type PayloadResult = { ok: true; payload: BundlePayload } | { ok: false; code: BundleRefusal; message: string };

/**
 * After the signature held: duplicate / seq / chain against the database, then the payload
 * (parsed lazily, so a duplicate is never inflated), then one transaction.
 */
export function importOpened(
  target: ImportTarget,
  m: Manifest,
  hash: string,
  size: number,
  fileName: string,
  payload: () => PayloadResult,
): ImportLine {
  const { sqlite } = target;
  const who = { communeCode: m.communeCode, communeName: m.communeName, seq: m.seq };
  const s = stmts(sqlite);
  const head = s.commune.get(m.communeCode);
  const lastSeq = head?.last_seq ?? 0;
  if (s.findBundle.get(hash)) {
    // The same file again: harmless when it is the latest, a replay when newer ones exist.
    return m.seq >= lastSeq
      ? line(fileName, { ...who, status: 'duplicate', message: t.duplicate(m.seq) })
      : line(fileName, { ...who, status: 'refused', code: 'REPLAYED', message: t.refusal.REPLAYED(m.seq, lastSeq) });
  }
  if (s.findSeq.get(m.communeCode, m.seq))
    return line(fileName, { ...who, status: 'refused', code: 'SEQ_CONFLICT', message: t.refusal.SEQ_CONFLICT(m.seq) });
  // A new bundle below the head can only fill a gap reported earlier; rows keep the newer version.
  const fillsGap = m.seq < lastSeq;
  const gap = fillsGap
    ? null
    : m.seq > lastSeq + 1
      ? t.gap(lastSeq + 1, m.seq)
      : lastSeq > 0 && m.prevHash !== head?.last_hash
        ? t.chainBreak
        : null;
  const read = payload();
  if (!read.ok) return line(fileName, { ...who, status: 'refused', code: read.code, message: read.message });
  const at = nowIso();
  const signed = read.payload.signedDocuments ?? [];
  try {
    storeImportedSignedFiles(asContext(target), signed);
    sqlite.transaction(() => {
      writePayload(sqlite, m, read.payload);
      writeSignedDocuments(asContext(target), m.communeCode, signed, at);
      s.bundle.run(
        hash,
        m.bundleId,
        m.communeCode,
        m.seq,
        m.keyId,
        m.createdAt,
        at,
        fileName,
        size,
        m.scope,
        JSON.stringify(m.periods),
        read.payload.activities.length,
        gap,
      );
      if (!fillsGap) s.communeHead.run(m.communeCode, m.communeName, m.province, m.seq, hash, m.createdAt, at);
    })();
  } catch {
    // The transaction rolled back: nothing of this bundle is in the database.
    return line(fileName, { ...who, status: 'refused', code: 'DB_WRITE_FAILED', message: t.refusal.DB_WRITE_FAILED });
  }
  const n = read.payload.activities.length;
  return line(fileName, { ...who, status: 'imported', message: fillsGap ? t.gapFilled(m.seq, n) : t.imported(n), activities: n, gap });
}

/**
 * One bundle: size → envelope → trusted key → signature → duplicate / seq / chain → bounded
 * gunzip → strict parse → one transaction. Returns a line; never throws.
 */
export function importBundleInto(target: ImportTarget, bytes: Uint8Array, fileName: string, trusted: readonly TrustedKeyRef[]): ImportLine {
  try {
    const opened = openEnvelope(bytes, trusted);
    if (!opened.ok) return line(fileName, { status: 'refused', code: opened.code, message: opened.message });
    return importOpened(target, opened.manifest, opened.hash, bytes.length, fileName, () => readPayload(opened));
  } catch {
    return line(fileName, { status: 'refused', code: 'UNREADABLE', message: t.refusal.UNREADABLE });
  }
}
