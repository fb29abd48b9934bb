import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ServiceContext } from './context';
import { nowOf } from './clock';
import type { Executor } from '../repositories/executor';
import { writeFileAtomic } from '../files';
import { findActivity, setEvidenceCount } from '../repositories/activities';
import {
  countLinks,
  deleteEvidenceFileRow,
  findEvidenceFile,
  insertEvidenceFileOnce,
  linkEvidence,
  listActivityEvidence,
  unlinkEvidence,
} from '../repositories/evidence';
import { detectEvidenceType, isJpeg } from '../../shared/domain/evidence-type';
import { EVIDENCE_MAX_BYTES, EVIDENCE_THUMB_MAX_BYTES, type EvidenceItem, type EvidenceUpload } from '../../shared/domain/activity';
import type { ExportedFile } from '../../shared/contract/files';
import { AppError } from '../../shared/errors';
import { evidenceText } from '../../shared/strings/activities';
import { readRegularFile } from '../files-safe';
import { fileInUse } from '../repositories/signed-documents';

const t = evidenceText.errors;
const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/amr': 'amr',
};
const typeOf = (mime: string): EvidenceItem['type'] =>
  mime.startsWith('image/') ? 'image' : mime === 'application/pdf' ? 'pdf' : mime.startsWith('audio/') ? 'audio' : 'word';

export const evidenceDir = (ctx: ServiceContext) => path.join(ctx.dataDir, 'evidence');
/** Content-addressed: evidence/ab/abcdef….jpg; the same bytes always land on the same path. */
export const evidencePath = (ctx: ServiceContext, sha256: string, mime: string) =>
  path.join(evidenceDir(ctx), sha256.slice(0, 2), `${sha256}.${EXT[mime] ?? 'bin'}`);
export const thumbnailPath = (ctx: ServiceContext, sha256: string) => path.join(evidenceDir(ctx), 'thumbs', `${sha256}.jpg`);

export function decodeBase64(b64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new AppError('INVALID_INPUT', t.badBase64);
  return Buffer.from(b64, 'base64');
}

/** A file checked and hashed, ready to be stored and linked. */
export interface CheckedEvidence {
  name: string;
  bytes: Uint8Array;
  thumbnail: Uint8Array | null;
  sha256: string;
  mime: string;
  type: EvidenceItem['type'];
}

/** Everything about a file is checked before a byte is written: size, real type (magic bytes), thumbnail. */
export function checkEvidence(name: string, bytes: Uint8Array, thumbnail: Uint8Array | null = null): CheckedEvidence {
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError('FILE_TOO_LARGE', t.tooLarge(name, Math.round((bytes.length / 1024 / 1024) * 10) / 10), {
      size: bytes.length,
      max: EVIDENCE_MAX_BYTES,
    });
  }
  if (bytes.length === 0) throw new AppError('FILE_INVALID', t.empty(name));
  const detected = detectEvidenceType(bytes);
  if (!detected) throw new AppError('FILE_INVALID', t.badType(name));
  if (thumbnail && (detected.type !== 'image' || thumbnail.length > EVIDENCE_THUMB_MAX_BYTES || !isJpeg(thumbnail)))
    throw new AppError('FILE_INVALID', t.badThumbnail);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return { name, bytes, thumbnail, sha256, mime: detected.mime, type: detected.type };
}

/** Content-addressed, atomic: the same bytes land on the same path, an existing whole file is kept. */
export function storeEvidenceFile(ctx: ServiceContext, e: CheckedEvidence): void {
  const file = evidencePath(ctx, e.sha256, e.mime);
  if (!fs.existsSync(file) || fs.statSync(file).size !== e.bytes.length) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, e.bytes);
  }
  const thumb = thumbnailPath(ctx, e.sha256);
  if (e.thumbnail && !fs.existsSync(thumb)) {
    fs.mkdirSync(path.dirname(thumb), { recursive: true });
    writeFileAtomic(thumb, e.thumbnail);
  }
}

/** The file's row, its link to the activity and the activity's count, in the caller's transaction. */
export async function linkEvidenceIn(trx: Executor, activityId: string, e: CheckedEvidence, at: string): Promise<void> {
  await insertEvidenceFileOnce(trx, { sha256: e.sha256, size: e.bytes.length, mime: e.mime, original_name: e.name, created_at: at });
  await linkEvidence(trx, { activity_id: activityId, sha256: e.sha256, name: e.name, created_at: at });
  await setEvidenceCount(trx, activityId);
}

/** A file stored for a transaction that then failed: removed unless a row already knew it. */
export async function dropUnlinkedFile(ctx: ServiceContext, e: CheckedEvidence): Promise<void> {
  if (await findEvidenceFile(ctx.db, e.sha256)) return;
  fs.rmSync(evidencePath(ctx, e.sha256, e.mime), { force: true });
  fs.rmSync(thumbnailPath(ctx, e.sha256), { force: true });
}

export const evidenceItem = (ctx: ServiceContext, e: CheckedEvidence, at: string): EvidenceItem => ({
  sha256: e.sha256,
  name: e.name,
  mime: e.mime,
  type: e.type,
  size: e.bytes.length,
  hasThumbnail: fs.existsSync(thumbnailPath(ctx, e.sha256)),
  createdAt: at,
});

/** Attach a file to an existing activity: checked, stored once per SHA-256, linked. */
export async function addEvidenceBytes(
  ctx: ServiceContext,
  activityId: string,
  name: string,
  bytes: Uint8Array,
  thumbnail: Uint8Array | null = null,
): Promise<EvidenceItem> {
  const checked = checkEvidence(name, bytes, thumbnail);
  if (!(await findActivity(ctx.db, activityId))) throw new AppError('NOT_FOUND', t.activityGone);
  storeEvidenceFile(ctx, checked);
  const at = nowOf(ctx);
  await ctx.db.transaction().execute((trx) => linkEvidenceIn(trx, activityId, checked, at));
  return evidenceItem(ctx, checked, at);
}

export async function addEvidence(ctx: ServiceContext, input: EvidenceUpload): Promise<EvidenceItem> {
  const bytes = decodeBase64(input.base64);
  const thumb = input.thumbnailBase64 ? decodeBase64(input.thumbnailBase64) : null;
  return addEvidenceBytes(ctx, input.activityId, input.name, bytes, thumb);
}

/** Link a stored file to another activity (same SHA-256, no bytes sent again). */
export async function linkStoredEvidence(
  ctx: ServiceContext,
  { activityId, sha256, name }: { activityId: string; sha256: string; name: string },
): Promise<EvidenceItem> {
  const { row } = await storedFile(ctx, sha256);
  if (!(await findActivity(ctx.db, activityId))) throw new AppError('NOT_FOUND', t.activityGone);
  const at = nowOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await linkEvidence(trx, { activity_id: activityId, sha256, name, created_at: at });
    await setEvidenceCount(trx, activityId);
  });
  return {
    sha256,
    name,
    mime: row.mime,
    type: typeOf(row.mime),
    size: row.size,
    hasThumbnail: fs.existsSync(thumbnailPath(ctx, sha256)),
    createdAt: at,
  };
}

export async function listEvidence(ctx: ServiceContext, { activityId }: { activityId: string }): Promise<EvidenceItem[]> {
  const rows = await listActivityEvidence(ctx.db, activityId);
  return rows.map((r) => ({
    sha256: r.sha256,
    name: r.name,
    mime: r.mime,
    type: typeOf(r.mime),
    size: r.size,
    hasThumbnail: fs.existsSync(thumbnailPath(ctx, r.sha256)),
    createdAt: r.created_at,
  }));
}

/**
 * Detach a file from one activity. The stored file goes only when no activity links to it any
 * more — soft-deleted activities included, since "Hoàn tác" must bring their files back.
 */
export async function removeEvidence(
  ctx: ServiceContext,
  { activityId, sha256 }: { activityId: string; sha256: string },
): Promise<{ done: true }> {
  let orphan: { mime: string } | undefined;
  await ctx.db.transaction().execute(async (trx) => {
    const n = await unlinkEvidence(trx, activityId, sha256);
    if (!n) throw new AppError('NOT_FOUND', t.fileMissing);
    await setEvidenceCount(trx, activityId);
    if ((await countLinks(trx, sha256)) === 0) {
      orphan = await findEvidenceFile(trx, sha256);
      await deleteEvidenceFileRow(trx, sha256);
    }
  });
  // The same bytes may also be a report's signed PDF (content-addressed, one file): keep it then.
  if (orphan && !(await fileInUse(ctx.db, sha256))) {
    fs.rmSync(evidencePath(ctx, sha256, orphan.mime), { force: true });
    fs.rmSync(thumbnailPath(ctx, sha256), { force: true });
  }
  return { done: true };
}

async function storedFile(ctx: ServiceContext, sha256: string) {
  const row = await findEvidenceFile(ctx.db, sha256);
  const file = row ? evidencePath(ctx, sha256, row.mime) : null;
  if (!row || !file || !fs.existsSync(file)) throw new AppError('NOT_FOUND', t.fileMissing);
  return { row, file };
}

export async function evidenceThumbnail(ctx: ServiceContext, { sha256 }: { sha256: string }): Promise<{ base64: string | null }> {
  const thumb = thumbnailPath(ctx, sha256);
  return { base64: fs.existsSync(thumb) ? readRegularFile(thumb, EVIDENCE_THUMB_MAX_BYTES).toString('base64') : null };
}

/** Open with the system's program (Electron); where the host cannot, the bytes come back to view. */
export async function openEvidence(
  ctx: ServiceContext,
  { sha256 }: { sha256: string },
): Promise<{ opened: boolean; file: ExportedFile | null }> {
  const { row, file } = await storedFile(ctx, sha256);
  if (ctx.platform.openPath && (await ctx.platform.openPath(file))) return { opened: true, file: null };
  return {
    opened: false,
    file: { fileName: row.original_name, mime: row.mime, base64: readRegularFile(file, EVIDENCE_MAX_BYTES).toString('base64') },
  };
}

export async function revealEvidence(ctx: ServiceContext, { sha256 }: { sha256: string }): Promise<{ revealed: boolean; path: string }> {
  const { file } = await storedFile(ctx, sha256);
  const revealed = ctx.platform.revealPath ? await ctx.platform.revealPath(file) : false;
  return { revealed, path: file };
}
