import crypto from 'node:crypto';
import zlib from 'node:zlib';
import * as canonicalizeModule from 'canonicalize';

/**
 * A second, deliberately separate bundle writer for the conformance vectors
 * (docs/bundle-vectors/). It imports nothing of the app: the vectors judge the importer, so
 * they must not be made by it. Every knob exists to make one precise kind of wrong file.
 */
type Canon = (v: unknown) => string | undefined;
const cm = canonicalizeModule as unknown as { default: Canon | { default: Canon } };
const canonicalize: Canon = typeof cm.default === 'function' ? cm.default : cm.default.default;
export const canon = (v: unknown): Buffer => Buffer.from(canonicalize(v)!, 'utf8');
export const sha = (b: Uint8Array | string): string => crypto.createHash('sha256').update(b).digest('hex');

export const PARTS = ['plans', 'sections', 'tasks', 'activities', 'reports', 'evidence'] as const;
/** cchc-bundle/2 adds one part, the signed PDFs. */
export type Part = (typeof PARTS)[number] | 'signedDocuments';
export type Rows = Record<(typeof PARTS)[number], unknown[]> & { signedDocuments?: unknown[] };
/** The parts a file carries: the six, and `signedDocuments` when the rows have it. */
export const partsOf = (rows: Rows): Part[] => (rows.signedDocuments ? [...PARTS, 'signedDocuments'] : [...PARTS]);

/** A fixed Ed25519 key from a 32-byte seed: PKCS#8 = fixed prefix + seed (RFC 8410). */
export function keyFromSeed(seedHex: string): { privateKey: crypto.KeyObject; publicRaw: Buffer; keyId: string } {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seedHex, 'hex')]);
  const privateKey = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const jwk = crypto.createPublicKey(privateKey).export({ format: 'jwk' });
  const publicRaw = Buffer.from(jwk.x!, 'base64url');
  return { privateKey, publicRaw, keyId: sha(publicRaw) };
}
export type TestKey = ReturnType<typeof keyFromSeed>;

export interface Knobs {
  key: TestKey;
  rows: Rows;
  /** The envelope's `format` (default cchc-bundle/1). */
  format?: string;
  manifest?: Record<string, unknown>;
  /** Replace a part's JSON bytes (before gzip) — for bytes no JSON.stringify would write. */
  rawPart?: Partial<Record<Part, Buffer>>;
  /** Replace a part's gzip bytes (the digest is computed over what this returns). */
  gzip?: Partial<Record<Part, (raw: Buffer) => Buffer>>;
  /** Change the digests before signing (declared size, count…). */
  digests?: (d: Record<Part, Record<string, unknown>>) => void;
  /** Change the manifest object before signing; `signed` is what the signature covers. */
  editManifest?: (m: Record<string, unknown>) => void;
  /** Replace the manifest bytes that are signed (and hashed into `check`). */
  signedBytes?: (m: Record<string, unknown>) => Buffer;
  /** After signing: the signature text, the `check`, the part texts, the envelope. */
  signature?: (sig: Buffer, text: string) => string;
  check?: 'auto' | 'none' | ((c: { manifestSha256: string; signatureSha256: string }) => unknown);
  partText?: Partial<Record<Part, (b64: string) => string>>;
  envelope?: (e: Record<string, unknown>) => void;
  /** The file text; default JSON.stringify of the envelope. */
  text?: (e: Record<string, unknown>) => string;
  bytes?: (b: Buffer) => Buffer;
}

export interface Built {
  bytes: Buffer;
  /** The bundle hash: SHA-256 of the canonical manifest. */
  hash: string;
}

export function build(k: Knobs): Built {
  const digests = {} as Record<Part, Record<string, unknown>>;
  const texts = {} as Record<Part, string>;
  const names = partsOf(k.rows);
  for (const name of names) {
    const raw = k.rawPart?.[name] ?? canon(k.rows[name]);
    const gz = k.gzip?.[name] ? k.gzip[name]!(raw) : zlib.gzipSync(raw, { level: 6 });
    texts[name] = gz.toString('base64');
    digests[name] = {
      sha256: sha(raw),
      size: raw.length,
      gzipSha256: sha(gz),
      gzipSize: gz.length,
      count: Array.isArray(k.rows[name]) ? k.rows[name]!.length : 0,
    };
  }
  k.digests?.(digests);
  const manifest: Record<string, unknown> = { ...k.manifest, keyId: k.key.keyId, parts: digests };
  k.editManifest?.(manifest);
  const signed = k.signedBytes ? k.signedBytes(manifest) : canon(manifest);
  const sig = crypto.sign(null, signed, k.key.privateKey);
  const signature = k.signature ? k.signature(sig, sig.toString('base64')) : sig.toString('base64');
  const auto = { manifestSha256: sha(signed), signatureSha256: sha(signature) };
  const env: Record<string, unknown> = { format: k.format ?? 'cchc-bundle/1', manifest, signature };
  if (k.check !== 'none') env.check = typeof k.check === 'function' ? k.check(auto) : auto;
  const parts: Record<string, string> = {};
  for (const name of names) parts[name] = k.partText?.[name] ? k.partText[name]!(texts[name]) : texts[name];
  env.parts = parts;
  k.envelope?.(env);
  const bytes = Buffer.from(k.text ? k.text(env) : JSON.stringify(env), 'utf8');
  return { bytes: k.bytes ? k.bytes(bytes) : bytes, hash: sha(signed) };
}
