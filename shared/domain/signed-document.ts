import { z } from 'zod';
import { IsoDateTime } from './common';
import { formatDateTime } from '../format';
import { signedPdfText } from '../strings/signed-pdf';

/**
 * The PDF the officer signed elsewhere (vSignPDF with the Ban Cơ yếu CA certificate…), kept as
 * a submitted report's evidence. Signer, issuer and time are what its signature said when the
 * app verified it; the province verifies it again from the file.
 */
export const SIGNED_PDF_MAX_BYTES = 20 * 1024 * 1024;

export const SignedDocumentInfo = z.object({
  ownerKind: z.enum(['report', 'plan']),
  ownerId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  /** "CN=Nguyễn Văn A, O=UBND xã …" */
  signerSubject: z.string(),
  signerIssuer: z.string(),
  signingTime: IsoDateTime.nullable(),
  attachedAt: IsoDateTime,
});
export type SignedDocumentInfo = z.infer<typeof SignedDocumentInfo>;

export const AttachSignedPdfInput = z
  .object({
    id: z.uuid(),
    fileName: z.string().trim().min(1).max(200),
    /** The file's bytes, base64 (the renderer reads the chosen File). */
    base64: z.string().max(Math.ceil(SIGNED_PDF_MAX_BYTES / 3) * 4 + 8, { message: signedPdfText.tooLarge }),
  })
  .strict();
export type AttachSignedPdfInput = z.infer<typeof AttachSignedPdfInput>;

/**
 * At the province: the signed PDF a commune's bundle carried, verified again from its bytes when
 * shown. `verified` false → `reason` says why in Vietnamese (changed, not signed, another report…).
 */
export const ProvinceSignedDocument = z.object({
  fileName: z.string(),
  size: z.number().int(),
  attachedAt: z.string(),
  verified: z.boolean(),
  reason: z.string().nullable(),
  signerSubject: z.string(),
  signerIssuer: z.string(),
  signingTime: z.string().nullable(),
});
export type ProvinceSignedDocument = z.infer<typeof ProvinceSignedDocument>;

/** The name a chosen file is kept and sent under: its last path piece, without characters no file name may hold. */
export function plainFileName(name: string, fallback = 'ban-ky-so.pdf'): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f:*?"<>|]/g, '_').trim();
  return clean && clean !== '.' && clean !== '..' ? clean : fallback;
}

/** One attribute of an X.500 name as the verifier prints it ("CN=…, O=…"). */
export function nameAttribute(name: string, attr: string): string | null {
  for (const part of name.split(/,\s*(?=[A-Z]{1,2}=)/)) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq) === attr) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** Who signed, as people say it: the certificate's common name (else its organisation, else the whole subject). */
export const signerName = (subject: string): string => nameAttribute(subject, 'CN') ?? nameAttribute(subject, 'O') ?? subject;

/** "Nguyễn Văn A, 14:05 20/04/2026" — what "Đã ký số: …" shows, on the commune's and the province's screens. */
export function signedSummary(info: Pick<SignedDocumentInfo, 'signerSubject' | 'signingTime'>): string {
  const who = signerName(info.signerSubject);
  return info.signingTime ? `${who}, ${formatDateTime(info.signingTime)}` : who;
}
