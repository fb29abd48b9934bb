import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from './context';
import { evidencePath } from './evidence';
import { checkSignedPdf, readKeptPdf, storeSignedFile } from './signed-documents';
import type { SignedDocumentRow as SignedDocumentPart } from '../../shared/domain/bundle';
import type { ProvinceSignedDocument } from '../../shared/domain/signed-document';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import { AppError, isAppError } from '../../shared/errors';
import { signedPdfText as t } from '../../shared/strings/signed-pdf';

/*
 * The province's side of the signed PDF (cchc-bundle/2): the file is kept as it arrived, and its
 * signature is verified again from the bytes every time it is shown — who signed, by which CA,
 * when, and that it carries the report's số ký hiệu. Nothing the commune says about it is trusted.
 */

const upserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();
function upsert(sqlite: BetterSqlite3.Database): BetterSqlite3.Statement {
  let s = upserts.get(sqlite);
  if (!s) {
    s = sqlite.prepare(
      `INSERT INTO prov_signed_documents (commune_code, owner_kind, owner_id, sha256, size, file_name, attached_at, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(commune_code, owner_kind, owner_id) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, file_name = excluded.file_name,
       attached_at = excluded.attached_at, imported_at = excluded.imported_at WHERE excluded.attached_at >= prov_signed_documents.attached_at`,
    );
    upserts.set(sqlite, s);
  }
  return s;
}

/** Before the import's transaction: the files, content-addressed (a rolled-back import leaves only unreferenced copies). */
export function storeImportedSignedFiles(ctx: ServiceContext, docs: readonly SignedDocumentPart[]): void {
  for (const d of docs) storeSignedFile(ctx, d.sha256, Buffer.from(d.pdf, 'base64'));
}

/** Inside the import's transaction: one row per (commune, document), the newer attachment wins. */
export function writeSignedDocuments(ctx: ServiceContext, communeCode: string, docs: readonly SignedDocumentPart[], at: string): void {
  const s = upsert(ctx.sqlite);
  for (const d of docs) s.run(communeCode, d.ownerKind, d.ownerId, d.sha256, d.size, d.fileName, d.attachedAt, at);
}

interface ProvSignedRow {
  sha256: string;
  size: number;
  file_name: string;
  attached_at: string;
}
const findRow = (ctx: ServiceContext, communeCode: string, reportId: string) =>
  ctx.sqlite
    .prepare<[string, string], ProvSignedRow>(
      `SELECT sha256, size, file_name, attached_at FROM prov_signed_documents WHERE commune_code = ? AND owner_kind = 'report' AND owner_id = ?`,
    )
    .get(communeCode, reportId);

/** The số ký hiệu of the imported report, from its snapshot (the report's text travels as JSON). */
function reportNumber(ctx: ServiceContext, communeCode: string, reportId: string): string {
  const row = ctx.sqlite
    .prepare<[string, string], { data: string }>('SELECT data FROM prov_reports WHERE commune_code = ? AND id = ?')
    .get(communeCode, reportId);
  try {
    const narrative = (JSON.parse(row?.data ?? '{}') as { narrative?: unknown }).narrative;
    const doc = typeof narrative === 'string' ? (JSON.parse(narrative) as { numberText?: unknown }) : null;
    return typeof doc?.numberText === 'string' ? doc.numberText : '';
  } catch {
    return '';
  }
}

/** The drill-down's "Đã ký số": verified now, from the kept bytes; null when the commune sent no signed PDF. */
export async function provinceSignedDocument(
  ctx: ServiceContext,
  { communeCode, reportId }: { communeCode: string; reportId: string },
): Promise<ProvinceSignedDocument | null> {
  const row = findRow(ctx, communeCode, reportId);
  if (!row) return null;
  const base = { fileName: row.file_name, size: row.size, attachedAt: row.attached_at };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(evidencePath(ctx, row.sha256, MIME.pdf));
  } catch {
    return { ...base, verified: false, reason: t.fileMissing, signerSubject: '', signerIssuer: '', signingTime: null };
  }
  try {
    const checked = await checkSignedPdf(bytes, reportNumber(ctx, communeCode, reportId));
    if (checked.sha256 !== row.sha256) throw new AppError('FILE_INVALID', t.fileMissing);
    const { subject, issuer, signingTime } = checked.signature;
    return { ...base, verified: true, reason: null, signerSubject: subject, signerIssuer: issuer, signingTime };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ...base, verified: false, reason: e.message, signerSubject: '', signerIssuer: '', signingTime: null };
  }
}

export function provinceSignedFile(
  ctx: ServiceContext,
  { communeCode, reportId }: { communeCode: string; reportId: string },
): ExportedFile {
  const row = findRow(ctx, communeCode, reportId);
  if (!row) throw new AppError('NOT_FOUND', t.noAttachment);
  return readKeptPdf(ctx, row.sha256, row.file_name);
}
