import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppError } from '../../shared/errors';
import { signedPdfText as t } from '../../shared/strings/signed-pdf';

/** Who signed, by which CA, when (as the signature says). */
export interface PdfSignature {
  subject: string;
  issuer: string;
  signingTime: string | null;
}

pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }),
);

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** "CN=Nguyễn Văn A, O=UBND xã …" from an X.500 name. */
function nameText(n: pkijs.RelativeDistinguishedNames): string {
  const label: Record<string, string> = {
    '2.5.4.3': 'CN',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.6': 'C',
  };
  return n.typesAndValues
    .filter((tv) => label[tv.type])
    .map((tv) => `${label[tv.type]}=${String(tv.value.valueBlock.value)}`)
    .join(', ');
}

/**
 * Check a signed PDF: the last signature's /ByteRange must cover the whole file except its own
 * /Contents (so nothing was appended after signing), and the CMS signature must verify over
 * exactly those bytes (so nothing inside was changed). Each failure has its own message.
 */
export async function verifySignedPdf(bytes: Uint8Array): Promise<PdfSignature> {
  if (latin1(bytes.subarray(0, 5)) !== '%PDF-') throw new AppError('FILE_INVALID', t.notPdf);
  const text = latin1(bytes);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges[ranges.length - 1];
  if (!last) throw new AppError('FILE_INVALID', t.unsigned);
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  // The gap between the two ranges is "<hex…>": the signature itself.
  if (a !== 0 || b >= c || c + d > bytes.length || text[b] !== '<' || text[c - 1] !== '>')
    throw new AppError('FILE_INVALID', t.badSignature);
  if (c + d !== bytes.length) throw new AppError('FILE_INVALID', t.appended);
  // The gap is not covered by the signature: it must hold the CMS structure and zero padding
  // only, so that no byte of the file can change without the check noticing.
  const hex = text.slice(b + 1, c - 1);
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new AppError('FILE_INVALID', t.badSignature);
  const signed = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  let cms: pkijs.SignedData;
  try {
    const container = new Uint8Array(Buffer.from(hex, 'hex'));
    const ber = asn1js.fromBER(container);
    if (ber.offset === -1 || container.subarray(ber.offset).some((x) => x !== 0)) throw new Error('not only the signature in the gap');
    const info = new pkijs.ContentInfo({ schema: ber.result });
    cms = new pkijs.SignedData({ schema: info.content });
  } catch {
    throw new AppError('FILE_INVALID', t.badSignature);
  }
  let ok: boolean;
  try {
    ok =
      (await cms.verify({ signer: 0, data: new Uint8Array(signed).buffer, checkChain: false, extendedMode: true })).signatureVerified ===
      true;
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('FILE_INVALID', t.altered);
  const signerInfo = cms.signerInfos[0]!;
  const sid = signerInfo.sid as pkijs.IssuerAndSerialNumber;
  const cert = (cms.certificates ?? []).find(
    (x): x is pkijs.Certificate => x instanceof pkijs.Certificate && (!sid.serialNumber || x.serialNumber.isEqual(sid.serialNumber)),
  );
  if (!cert || !(await certificateBound(cert, cms.certificates ?? []))) throw new AppError('FILE_INVALID', t.certificateUnbound);
  const timeAttr = signerInfo.signedAttrs?.attributes.find((x) => x.type === '1.2.840.113549.1.9.5');
  const time = timeAttr?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const signedAt = time?.toDate ? time.toDate() : null;
  if (signedAt && (signedAt < cert.notBefore.value || signedAt > cert.notAfter.value))
    throw new AppError('FILE_INVALID', t.certificateExpired);
  return { subject: nameText(cert.subject), issuer: nameText(cert.issuer), signingTime: signedAt ? signedAt.toISOString() : null };
}

/**
 * The document signature proves only the signer's key. The names shown (subject, issuer) sit in
 * the certificate, outside what that signature covers: they are trusted only when the
 * certificate itself verifies under its issuer's certificate carried in the file (or under its
 * own key when self-issued). Otherwise one could edit "CN=…" in the file and keep the signature.
 * The issuer is not checked against a list of trusted CAs (the app has none offline).
 */
async function certificateBound(cert: pkijs.Certificate, all: readonly unknown[]): Promise<boolean> {
  const issuer = all.find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c.subject.isEqual(cert.issuer));
  if (!issuer) return false;
  try {
    return await cert.verify(issuer);
  } catch {
    return false;
  }
}
