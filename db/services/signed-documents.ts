import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ServiceContext } from './context';
import { writeFileAtomic } from '../files';
import { evidencePath } from './evidence';
import { decodeBase64Strict } from './bundle-format';
import { mustFind, rowToReport } from './report-rows';
import { findPlan } from '../repositories/plans';
import { rowToPlan } from './plans';
import { common } from '../../shared/strings/common';
import { verifySignedPdf, type PdfSignature } from './signed-pdf-verify';
import { matchKey, pdfPageTexts } from '../pdf/pdf-text';
import { fileInUse, findSignedDocument, upsertSignedDocument, type SignedDocumentRow } from '../repositories/signed-documents';
import {
  plainFileName,
  SIGNED_PDF_MAX_BYTES,
  type AttachSignedPdfInput,
  type SignedDocumentInfo,
} from '../../shared/domain/signed-document';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import type { SignedDocumentRow as SignedDocumentPart } from '../../shared/domain/bundle';
import { AppError } from '../../shared/errors';
import { signedPdfText as t } from '../../shared/strings/signed-pdf';
import { newId, nowIso } from '../../shared/ids';

/*
 * "Đính kèm bản đã ký số" (issue 13 item 5): the legal document is the PDF the officer signed with
 * the agency's certificate in another program. Before it is kept: it is a PDF, its signature covers
 * the whole file and verifies, and its text carries this report's số ký hiệu (so the signed file of
 * another report cannot stand in). Every refusal is an AppError in Vietnamese and changes nothing.
 */

export const rowToSignedInfo = (r: SignedDocumentRow): SignedDocumentInfo => ({
  ownerKind: r.owner_kind,
  ownerId: r.owner_id,
  fileName: r.file_name,
  sha256: r.sha256,
  size: r.size,
  signerSubject: r.signer_subject,
  signerIssuer: r.signer_issuer,
  signingTime: r.signing_time,
  attachedAt: r.attached_at,
});

export interface CheckedSignedPdf {
  bytes: Buffer;
  sha256: string;
  signature: PdfSignature;
}

/** The whole check of a signed PDF against the số ký hiệu it must carry; the commune and the province both call it. */
export async function checkSignedPdf(bytes: Buffer, numberText: string): Promise<CheckedSignedPdf> {
  if (bytes.length === 0) throw new AppError('FILE_INVALID', t.empty);
  if (bytes.length > SIGNED_PDF_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', t.tooLarge);
  const signature = await verifySignedPdf(bytes);
  const pages = pdfPageTexts(bytes);
  if (!pages) throw new AppError('FILE_INVALID', t.unreadableText);
  const wanted = matchKey(numberText);
  if (!wanted) throw new AppError('CONFLICT', t.noNumber);
  if (!matchKey(pages.join('\n')).includes(wanted)) throw new AppError('FILE_INVALID', t.numberMissing(numberText.trim()));
  return { bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), signature };
}

/** Content-addressed beside the evidence (so backups carry it): the same bytes land on the same path. */
export function storeSignedFile(ctx: ServiceContext, sha256: string, bytes: Uint8Array): string {
  const file = evidencePath(ctx, sha256, MIME.pdf);
  if (!fs.existsSync(file) || fs.statSync(file).size !== bytes.length) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, bytes);
  }
  return file;
}

/** A file written for a transaction that then failed: removed unless something already knew it. */
async function dropIfUnused(ctx: ServiceContext, sha256: string, existedBefore: boolean): Promise<void> {
  if (existedBefore || (await fileInUse(ctx.db, sha256))) return;
  fs.rmSync(evidencePath(ctx, sha256, MIME.pdf), { force: true });
}

export async function attachSignedReportPdf(ctx: ServiceContext, input: AttachSignedPdfInput): Promise<SignedDocumentInfo> {
  const row = await mustFind(ctx.db, input.id);
  if (!row.submitted_at || row.deleted_at) throw new AppError('CONFLICT', t.notSubmitted);
  return attachSigned(ctx, 'report', row.id, rowToReport(row).doc.numberText, input);
}

/** A plan (or its Quyết định ban hành): the signed file must carry the plan's số ký hiệu, else the QĐ's. */
export async function attachSignedPlanPdf(ctx: ServiceContext, input: AttachSignedPdfInput): Promise<SignedDocumentInfo> {
  const row = await findPlan(ctx.db, input.id);
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', common.errors.notFound);
  const plan = rowToPlan(row);
  const number = [plan.numberText, plan.decision?.numberText ?? ''].find((n) => /\d/.test(n));
  if (!number) throw new AppError('CONFLICT', t.planNoNumber);
  return attachSigned(ctx, 'plan', row.id, number, input);
}

async function attachSigned(
  ctx: ServiceContext,
  ownerKind: 'report' | 'plan',
  ownerId: string,
  numberText: string,
  input: AttachSignedPdfInput,
): Promise<SignedDocumentInfo> {
  const bytes = decodeBase64Strict(input.base64);
  if (!bytes) throw new AppError('INVALID_INPUT', t.badBase64);
  const checked = await checkSignedPdf(bytes, numberText);
  const existed = fs.existsSync(evidencePath(ctx, checked.sha256, MIME.pdf));
  const at = nowIso();
  const before = await findSignedDocument(ctx.db, ownerKind, ownerId);
  const record: SignedDocumentRow = {
    id: before?.id ?? newId(),
    owner_kind: ownerKind,
    owner_id: ownerId,
    sha256: checked.sha256,
    size: bytes.length,
    file_name: plainFileName(input.fileName),
    signer_subject: checked.signature.subject,
    signer_issuer: checked.signature.issuer,
    signing_time: checked.signature.signingTime,
    attached_at: at,
    updated_at: at,
  };
  storeSignedFile(ctx, checked.sha256, bytes);
  try {
    await ctx.db.transaction().execute((trx) => upsertSignedDocument(trx, record));
  } catch (err) {
    await dropIfUnused(ctx, checked.sha256, existed);
    throw err;
  }
  return rowToSignedInfo(record);
}

export const getSignedPdf =
  (ownerKind: 'report' | 'plan') =>
  async (ctx: ServiceContext, input: { id: string }): Promise<SignedDocumentInfo | null> => {
    const r = await findSignedDocument(ctx.db, ownerKind, input.id);
    return r ? rowToSignedInfo(r) : null;
  };

/** The kept file, read back and hash-checked, for the officer to open or save. */
export const openSignedPdf =
  (ownerKind: 'report' | 'plan') =>
  async (ctx: ServiceContext, input: { id: string }): Promise<ExportedFile> => {
    const r = await findSignedDocument(ctx.db, ownerKind, input.id);
    if (!r) throw new AppError('NOT_FOUND', ownerKind === 'report' ? t.noAttachment : t.planNoAttachment);
    return readKeptPdf(ctx, r.sha256, r.file_name);
  };

export function readKeptPdf(ctx: ServiceContext, sha256: string, fileName: string): ExportedFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(evidencePath(ctx, sha256, MIME.pdf));
  } catch {
    throw new AppError('NOT_FOUND', t.fileMissing);
  }
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) throw new AppError('NOT_FOUND', t.fileMissing);
  return { fileName, mime: MIME.pdf, base64: bytes.toString('base64') };
}

/** The bundle's `signedDocuments` rows (cchc-bundle/2): each kept file read back, hash-checked, whole. */
export function signedDocumentParts(ctx: ServiceContext, rows: readonly SignedDocumentRow[]): SignedDocumentPart[] {
  return rows.map((r) => ({
    ownerKind: r.owner_kind,
    ownerId: r.owner_id,
    fileName: r.file_name,
    sha256: r.sha256,
    size: r.size,
    attachedAt: r.attached_at,
    pdf: readKeptPdf(ctx, r.sha256, r.file_name).base64,
  }));
}
