import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from './context';
import * as repo from '../repositories/province';
import { MAX_BUNDLE_BYTES, openEnvelope, readPayload, verifyBundle, type TrustedKeyRef, type VerifyResult } from './bundle-format';
import { importWorkerFile, startImportWorker, type WorkerVerdict } from './import-pool';
import { trustedKeyRefs } from './province-keys';
import { AppError, isAppError } from '../../shared/errors';
import { readRegularFile } from '../files-safe';
import { bundlesText } from '../../shared/strings/bundles';
import {
  BUNDLE_EXTENSION,
  type BundleRefusal,
  type BundlePayload,
  type ImportLine,
  type ImportSummary,
  type Manifest,
} from '../../shared/domain/bundle';
import { activityQuantity } from '../../shared/domain/activity';
import { nowIso } from '../../shared/ids';
import { storeImportedSignedFiles, writeSignedDocuments } from './province-signed';

/**
 * The province's verify and import of communes' .cchc bundles (`cchc verify`, `cchc import`,
 * Tổng hợp in the app). Import never throws for a bad bundle: each file gets a line with a
 * precise Vietnamese reason, and nothing touches the database before every check has passed.
 */
const t = bundlesText;

/** A .cchc named by path, through the one safe reader: a FIFO, a device or an oversized file is refused at once. */
function readBundleFile(file: string): { ok: true; bytes: Buffer } | { ok: false; code: 'TOO_LARGE' | 'UNREADABLE'; message: string } {
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

/** `cchc verify <file>`: the full check against the trust list, no writes. */
export async function verifyBundleFile(ctx: ServiceContext, file: string): Promise<VerifyResult> {
  const read = readBundleFile(file);
  if (!read.ok) return read;
  return verifyBundle(read.bytes, await trustedKeyRefs(ctx));
}

const statements = new WeakMap<BetterSqlite3.Database, repo.ImportStatements>();
const stmts = (ctx: ServiceContext) => {
  let s = statements.get(ctx.sqlite);
  if (!s) statements.set(ctx.sqlite, (s = repo.importStatements(ctx.sqlite)));
  return s;
};

function line(file: string, partial: Partial<ImportLine> & Pick<ImportLine, 'status' | 'message'>): ImportLine {
  return { file, code: null, communeCode: null, communeName: null, seq: null, activities: 0, gap: null, ...partial };
}

function writePayload(ctx: ServiceContext, m: Manifest, p: BundlePayload): void {
  const s = stmts(ctx);
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
function importOpened(
  ctx: ServiceContext,
  m: Manifest,
  hash: string,
  size: number,
  fileName: string,
  payload: () => PayloadResult,
): ImportLine {
  const who = { communeCode: m.communeCode, communeName: m.communeName, seq: m.seq };
  const s = stmts(ctx);
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
    storeImportedSignedFiles(ctx, signed);
    ctx.sqlite.transaction(() => {
      writePayload(ctx, m, read.payload);
      writeSignedDocuments(ctx, m.communeCode, signed, at);
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
export function importBundleBytes(ctx: ServiceContext, bytes: Uint8Array, fileName: string, trusted: readonly TrustedKeyRef[]): ImportLine {
  try {
    const opened = openEnvelope(bytes, trusted);
    if (!opened.ok) return line(fileName, { status: 'refused', code: opened.code, message: opened.message });
    return importOpened(ctx, opened.manifest, opened.hash, bytes.length, fileName, () => readPayload(opened));
  } catch {
    return line(fileName, { status: 'refused', code: 'UNREADABLE', message: t.refusal.UNREADABLE });
  }
}

/** For callers with a path (the hostile-input suite, the CLI): reads, size-checks, imports. Never throws. */
export async function importBundleFile(
  ctx: ServiceContext,
  { path: file }: { path: string },
  trusted?: readonly TrustedKeyRef[],
): Promise<ImportLine> {
  const name = path.basename(file);
  const read = readBundleFile(file);
  if (!read.ok) return line(name, { status: 'refused', code: read.code, message: read.message });
  return importBundleBytes(ctx, read.bytes, name, trusted ?? (await trustedKeyRefs(ctx)));
}

/**
 * Files in order, the checks of the next ones running in the import worker while this thread
 * writes the current one. Without the worker (tests from source, a host that cannot start
 * one) the same steps run here.
 */
async function importInOrder(
  ctx: ServiceContext,
  folder: string,
  names: string[],
  trusted: readonly TrustedKeyRef[],
  workerFile?: string | null,
): Promise<ImportLine[]> {
  const pool = names.length > 1 ? startImportWorker(workerFile === undefined ? importWorkerFile() : workerFile) : null;
  if (!pool) {
    const lines: ImportLine[] = [];
    for (const name of names) lines.push(await importBundleFile(ctx, { path: path.join(folder, name) }, trusted));
    return lines;
  }
  type Job = { name: string; bytes: Buffer | null; early: ImportLine | null; checked: Promise<WorkerVerdict | null> };
  const submit = (name: string): Job => {
    const read = readBundleFile(path.join(folder, name));
    if (!read.ok)
      return {
        name,
        bytes: null,
        early: line(name, { status: 'refused', code: read.code, message: read.message }),
        checked: Promise.resolve(null),
      };
    return { name, bytes: read.bytes, early: null, checked: pool.check(read.bytes, trusted).catch(() => null) };
  };
  const lines: ImportLine[] = [];
  const window: Job[] = [];
  let next = 0;
  try {
    while (next < names.length && window.length < 3) window.push(submit(names[next++]!));
    while (window.length) {
      const job = window.shift()!;
      const verdict = await job.checked;
      if (next < names.length) window.push(submit(names[next++]!));
      if (job.early) lines.push(job.early);
      else if (!verdict) lines.push(importBundleBytes(ctx, job.bytes!, job.name, trusted));
      else if (!verdict.opened.ok)
        lines.push(line(job.name, { status: 'refused', code: verdict.opened.code, message: verdict.opened.message }));
      else {
        const { manifest, hash } = verdict.opened;
        try {
          lines.push(importOpened(ctx, manifest, hash, job.bytes!.length, job.name, () => verdict.payload!));
        } catch {
          lines.push(line(job.name, { status: 'refused', code: 'UNREADABLE', message: t.refusal.UNREADABLE }));
        }
      }
    }
  } finally {
    await pool.stop();
  }
  return lines;
}

/** `cchc import <folder>`: every .cchc file in name order (commune code, then sequence). */
export async function importFolder(
  ctx: ServiceContext,
  { folder }: { folder: string },
  opts: { workerFile?: string | null } = {},
): Promise<ImportSummary> {
  let names: string[];
  try {
    names = fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(BUNDLE_EXTENSION))
      .map((d) => d.name)
      .sort();
  } catch {
    throw new AppError('FILE_INVALID', t.errors.folderRead(folder));
  }
  const trusted = await trustedKeyRefs(ctx);
  const lines = await importInOrder(ctx, folder, names, trusted, opts.workerFile);
  const imported = lines.filter((l) => l.status === 'imported').length;
  const duplicates = lines.filter((l) => l.status === 'duplicate').length;
  const refused = lines.filter((l) => l.status === 'refused').length;
  const text = names.length ? t.summary(imported, duplicates, refused) : t.noBundlesInFolder;
  return { folder, imported, duplicates, refused, lines, text };
}
