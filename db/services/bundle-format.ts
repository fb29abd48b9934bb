import crypto from 'node:crypto';
import zlib from 'node:zlib';
import * as canonicalizeModule from 'canonicalize';
import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_V2,
  BUNDLE_FORMATS,
  BundlePayload,
  Envelope,
  KeyCard,
  KEYCARD_FORMAT,
  Manifest,
  partDigest,
  partNamesOf,
  ROTATION_FORMAT,
  type RotationStatement,
  type BundleRefusal,
  type PartName,
} from '../../shared/domain/bundle';
import { bundlesText } from '../../shared/strings/bundles';
import { parseStrictJson } from './strict-json';
import { LOST_KEY_NOTE } from '../../shared/strings/key-custody';
import { installVietnameseErrors } from '../../shared/zod-vi';

/**
 * The bundle format (docs/bundle-format.md), pure: bytes in, bytes or a verdict out. No
 * database, no files. Everything here is Node's built-in crypto (Ed25519, SHA-256) and zlib.
 */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * Inflated size of one part, and of all parts together, checked from the signed manifest before
 * anything is inflated; gunzip then stops at the declared size. A year of a large commune's log is
 * ~30 MB of JSON; 500 MB parts (1.66 GB of memory to read) are refused without allocating them.
 */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
export const MAX_PAYLOAD_BYTES = 192 * 1024 * 1024;
/** Arrays and objects inside one another, in the envelope and in each part (docs §1). */
export const MAX_JSON_DEPTH = 64;
export const SIGNATURE_BYTES = 64;

/**
 * RFC 4648 §4 base64, strictly: the standard alphabet, padding to a multiple of 4, nothing
 * after `=`, and zero bits in the padding (the text is exactly what encoding the bytes gives
 * back), so one byte string has one spelling. `null` when the text is anything else.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

const r = bundlesText.refusal;
// Schema messages in Vietnamese here too (the import worker does not load the IPC contract).
installVietnameseErrors();

export const sha256Hex = (data: Uint8Array | string): string => crypto.createHash('sha256').update(data).digest('hex');

// An ES module required from our CommonJS bundles arrives wrapped once more than under vitest.
type Canon = (v: unknown) => string | undefined;
const cm = canonicalizeModule as unknown as { default: Canon | { default: Canon } };
const canonicalize: Canon = typeof cm.default === 'function' ? cm.default : cm.default.default;

/** RFC 8785 (JCS) canonical JSON, UTF-8. */
export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalized');
  return Buffer.from(text, 'utf8');
}

export interface KeyPair {
  publicKey: Buffer;
  privateKey: crypto.KeyObject;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), privateKey };
}

/** The 32 raw bytes of an Ed25519 public key (RFC 8032), what key cards carry in base64. */
export function rawPublicKey(key: crypto.KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

export function publicKeyFromRaw(raw: Uint8Array): crypto.KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

/** Key id: SHA-256 of the raw public key, lowercase hex. */
export const keyIdOf = (raw: Uint8Array): string => sha256Hex(raw);

/** What officers read aloud on the phone: the first 80 bits of the key id, in groups of 4. */
export function fingerprintOf(keyId: string): string {
  return keyId.slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-');
}

export interface TrustedKeyRef {
  keyId: string;
  communeCode: string;
  communeName: string;
  /** base64 of the 32 raw bytes. */
  publicKey: string;
}

export type ManifestDraft = Omit<Manifest, 'format' | 'keyId' | 'parts'>;

export interface BuiltBundle {
  bytes: Buffer;
  manifest: Manifest;
  /** SHA-256 of the canonical manifest: the bundle's identity and the next bundle's prevHash. */
  hash: string;
}

/**
 * Payload → gzip'd canonical parts → manifest → Ed25519 signature → one JSON file. Written as
 * `cchc-bundle/2` only when it carries a signed document, so older provinces read the rest.
 */
export function buildBundle(draft: ManifestDraft, payload: BundlePayload, key: KeyPair, gzipLevel = 6): BuiltBundle {
  const format = payload.signedDocuments?.length ? BUNDLE_FORMAT_V2 : BUNDLE_FORMAT;
  const parts = {} as Record<PartName, string>;
  const digests = {} as Record<PartName, Manifest['parts']['plans']>;
  for (const name of partNamesOf(format)) {
    const rows = payload[name] ?? [];
    const raw = canonicalBytes(rows);
    const gz = zlib.gzipSync(raw, { level: gzipLevel });
    parts[name] = gz.toString('base64');
    digests[name] = {
      sha256: sha256Hex(raw),
      size: raw.length,
      gzipSha256: sha256Hex(gz),
      gzipSize: gz.length,
      count: rows.length,
    };
  }
  const manifest = { format, ...draft, keyId: keyIdOf(key.publicKey), parts: digests } as Manifest;
  const signed = canonicalBytes(manifest);
  const signature = crypto.sign(null, signed, key.privateKey).toString('base64');
  const hash = sha256Hex(signed);
  const envelope = {
    format,
    manifest,
    signature,
    check: { manifestSha256: hash, signatureSha256: sha256Hex(signature) },
    parts,
  } as Envelope;
  return { bytes: Buffer.from(JSON.stringify(envelope), 'utf8'), manifest, hash };
}

export type Refused = { ok: false; code: BundleRefusal; message: string };
export type Opened = { ok: true; manifest: Manifest; hash: string; envelope: Envelope; key: TrustedKeyRef };
const refuse = (code: BundleRefusal, message: string): Refused => ({ ok: false, code, message });

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.length ? `mục ${i.path.join('.')}: ` : ''}${i.message}` : '';
};

/**
 * Steps 1–5 of the import: size, envelope, manifest, trusted key, signature. Reads nothing of
 * the payload. Never throws.
 */
export function openEnvelope(bytes: Uint8Array, trusted: readonly TrustedKeyRef[], maxBytes = MAX_BUNDLE_BYTES): Opened | Refused {
  try {
    if (bytes.length > maxBytes) return refuse('TOO_LARGE', r.TOO_LARGE(maxBytes));
    const json = parseStrictJson(bytes, { maxDepth: MAX_JSON_DEPTH, integersOnly: true });
    if (!json.ok) return refuse('UNREADABLE', r.UNREADABLE);
    const raw = json.value;
    const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
    if (!BUNDLE_FORMATS.includes(format as never)) return refuse('NOT_A_BUNDLE', r.NOT_A_BUNDLE);
    const env = Envelope.safeParse(raw);
    if (!env.success) return refuse('UNREADABLE', r.UNREADABLE);
    const envelope = env.data;
    let signed: Buffer;
    try {
      signed = canonicalBytes(envelope.manifest);
    } catch {
      return refuse('MANIFEST_INVALID', r.MANIFEST_INVALID('không đọc được'));
    }
    const hash = sha256Hex(signed);
    // `check` is an optional hint: when present it must match, and names the damaged field.
    if (envelope.check && hash !== envelope.check.manifestSha256) return refuse('MANIFEST_ALTERED', r.MANIFEST_ALTERED);
    if (envelope.check && sha256Hex(envelope.signature) !== envelope.check.signatureSha256)
      return refuse('SIGNATURE_ALTERED', r.SIGNATURE_ALTERED);
    const parsed = Manifest.safeParse(envelope.manifest);
    if (!parsed.success) return refuse('MANIFEST_INVALID', r.MANIFEST_INVALID(firstIssue(parsed.error)));
    const manifest = parsed.data;
    // The signed manifest says which format the parts follow: a /2 envelope around a /1 manifest is not either.
    if (manifest.format !== envelope.format) return refuse('MANIFEST_INVALID', r.MANIFEST_INVALID('mục format khác định dạng của tệp'));
    const key = trusted.find((k) => k.keyId === manifest.keyId);
    if (!key || key.communeCode !== manifest.communeCode) {
      const known = trusted.some((k) => k.communeCode === manifest.communeCode);
      return known
        ? refuse('WRONG_KEY', r.WRONG_KEY(manifest.communeCode, manifest.communeName))
        : refuse('UNTRUSTED_COMMUNE', r.UNTRUSTED_COMMUNE(manifest.communeCode, manifest.communeName));
    }
    const pub = Buffer.from(key.publicKey, 'base64');
    if (keyIdOf(pub) !== key.keyId) return refuse('WRONG_KEY', r.WRONG_KEY(manifest.communeCode, manifest.communeName));
    const sig = decodeBase64Strict(envelope.signature);
    if (!sig || sig.length !== SIGNATURE_BYTES || !crypto.verify(null, signed, publicKeyFromRaw(pub), sig))
      return refuse('BAD_SIGNATURE', r.BAD_SIGNATURE);
    return { ok: true, manifest, hash, envelope, key };
  } catch {
    return refuse('UNREADABLE', r.UNREADABLE);
  }
}

/** Step 6, only after the signature held: each part's hash, bounded gunzip, strict schema. */
export function readPayload(opened: Opened, maxPartBytes = MAX_PART_BYTES): { ok: true; payload: BundlePayload } | Refused {
  const { manifest, envelope } = opened;
  const out: Record<string, unknown> = {};
  const names = partNamesOf(manifest.format);
  const size = (n: PartName) => partDigest(manifest, n)!.size;
  const declared = names.reduce((s, n) => s + size(n), 0);
  if (declared > MAX_PAYLOAD_BYTES) {
    const biggest = names.reduce((a, b) => (size(b) > size(a) ? b : a));
    return refuse('GZIP_BOMB', r.GZIP_BOMB(biggest, MAX_PAYLOAD_BYTES));
  }
  for (const name of names) {
    const digest = partDigest(manifest, name)!;
    const gz = decodeBase64Strict((envelope.parts as Partial<Record<PartName, string>>)[name] ?? '');
    if (!gz || gz.length !== digest.gzipSize || sha256Hex(gz) !== digest.gzipSha256) return refuse('PART_ALTERED', r.PART_ALTERED(name));
    if (digest.size > maxPartBytes) return refuse('GZIP_BOMB', r.GZIP_BOMB(name, maxPartBytes));
    let raw: Buffer;
    try {
      // One or more gzip members, and nothing after the last (zlib alone skips trailing zeros).
      const { buffer, engine } = zlib.gunzipSync(gz, { maxOutputLength: Math.max(1, digest.size), info: true }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      if (engine.bytesWritten !== gz.length) return refuse('PART_CORRUPT', r.PART_CORRUPT(name));
      raw = buffer;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return refuse('GZIP_BOMB', r.GZIP_BOMB(name, digest.size));
      return refuse('PART_CORRUPT', r.PART_CORRUPT(name));
    }
    if (raw.length !== digest.size || sha256Hex(raw) !== digest.sha256) return refuse('PART_CORRUPT', r.PART_CORRUPT(name));
    const json = parseStrictJson(raw, { maxDepth: MAX_JSON_DEPTH });
    if (!json.ok) return refuse('PART_CORRUPT', r.PART_CORRUPT(name));
    const value = json.value;
    if (!Array.isArray(value) || value.length !== digest.count)
      return refuse('WRONG_SCHEMA', r.WRONG_SCHEMA(name, 'số dòng không khớp bản kê khai'));
    const schema = BundlePayload.shape[name];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const [row, ...rest] = issue?.path ?? [];
      const where = `dòng ${typeof row === 'number' ? row + 1 : '?'}${rest.length ? `, trường ${rest.join('.')}` : ''}: ${issue?.message ?? ''}`;
      return refuse('WRONG_SCHEMA', r.WRONG_SCHEMA(name, where));
    }
    const badPdf = name === 'signedDocuments' ? firstBadPdf(parsed.data as NonNullable<BundlePayload['signedDocuments']>) : null;
    if (badPdf !== null) return refuse('WRONG_SCHEMA', r.WRONG_SCHEMA(name, badPdf));
    const twice = firstDuplicateKey(name, parsed.data ?? []);
    if (twice !== null) return refuse('DUPLICATE_ID', r.DUPLICATE_ID(name, twice));
    out[name] = parsed.data;
  }
  return { ok: true, payload: out as BundlePayload };
}

/** §10: a signed document's `pdf` is strict base64 of exactly `size` bytes whose SHA-256 is `sha256`. */
function firstBadPdf(rows: NonNullable<BundlePayload['signedDocuments']>): string | null {
  for (const [i, row] of rows.entries()) {
    const bytes = decodeBase64Strict(row.pdf);
    if (!bytes || bytes.length !== row.size || sha256Hex(bytes) !== row.sha256) return `dòng ${i + 1}, trường pdf: không khớp size/sha256`;
  }
  return null;
}

/** The province stores one row per key (commune, id): two rows with one key would count twice and store once. */
const rowKey = (name: PartName, row: Record<string, unknown>): string =>
  name === 'evidence'
    ? `${row.activityId as string} ${row.sha256 as string}`
    : name === 'signedDocuments'
      ? `${row.ownerKind as string} ${row.ownerId as string}`
      : (row.id as string);

function firstDuplicateKey(name: PartName, rows: readonly object[]): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = rowKey(name, row as Record<string, unknown>);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return null;
}

export type VerifyResult = (Opened & { payload: BundlePayload }) | Refused;

/** The whole check, for `cchc verify`, the commune's read-back and the hostile-input suite. Never throws. */
export function verifyBundle(bytes: Uint8Array, trusted: readonly TrustedKeyRef[]): VerifyResult {
  try {
    const opened = openEnvelope(bytes, trusted);
    if (!opened.ok) return opened;
    const read = readPayload(opened);
    if (!read.ok) return read;
    return { ...opened, payload: read.payload };
  } catch {
    return refuse('UNREADABLE', r.UNREADABLE);
  }
}

// ── Key cards ────────────────────────────────────────────────────────────────

export interface CardIdentity {
  communeCode: string;
  communeName: string;
  province: string;
}

/** The "thẻ khoá"; with `previous`, the new key is vouched for by the old one (rotation). */
export function makeKeyCard(who: CardIdentity, publicKey: Buffer, createdAt: string, previous?: KeyPair, lostKeyIds?: string[]): KeyCard {
  const keyId = keyIdOf(publicKey);
  let rotation: KeyCard['rotation'] = null;
  if (previous) {
    const statement: RotationStatement = {
      format: ROTATION_FORMAT,
      communeCode: who.communeCode,
      previousKeyId: keyIdOf(previous.publicKey),
      newKeyId: keyId,
      newPublicKey: publicKey.toString('base64'),
      createdAt,
    };
    rotation = { statement, signature: crypto.sign(null, canonicalBytes(statement), previous.privateKey).toString('base64') };
  }
  const card: KeyCard = { format: KEYCARD_FORMAT, ...who, publicKey: publicKey.toString('base64'), keyId, createdAt, rotation };
  return lostKeyIds ? { ...card, lostKeyReplacement: { note: LOST_KEY_NOTE, previousKeyIds: lostKeyIds } } : card;
}

export type CardCheck = { ok: true; card: KeyCard; rotatedFrom: TrustedKeyRef | null } | { ok: false; message: string };

/** A card is self-consistent; a rotation must be signed by a key already trusted for that commune. */
export function checkKeyCard(raw: unknown, trusted: readonly TrustedKeyRef[]): CardCheck {
  const e = bundlesText.errors;
  const parsed = KeyCard.safeParse(raw);
  if (!parsed.success) return { ok: false, message: e.keyCardInvalid };
  const card = parsed.data;
  const pub = Buffer.from(card.publicKey, 'base64');
  if (pub.length !== 32 || keyIdOf(pub) !== card.keyId) return { ok: false, message: e.keyCardMismatch };
  if (!card.rotation) return { ok: true, card, rotatedFrom: null };
  const st = card.rotation.statement;
  const old = trusted.find((k) => k.keyId === st.previousKeyId && k.communeCode === card.communeCode);
  if (st.newKeyId !== card.keyId || st.newPublicKey !== card.publicKey || st.communeCode !== card.communeCode)
    return { ok: false, message: e.keyCardRotationBad };
  // The old key is unknown here: registering the card by hand is itself the act of trust.
  if (!old) return { ok: true, card, rotatedFrom: null };
  const valid = crypto.verify(
    null,
    canonicalBytes(st),
    publicKeyFromRaw(Buffer.from(old.publicKey, 'base64')),
    Buffer.from(card.rotation.signature, 'base64'),
  );
  return valid ? { ok: true, card, rotatedFrom: old } : { ok: false, message: e.keyCardRotationBad };
}
