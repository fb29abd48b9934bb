import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import type { ServiceContext } from './context';
import type { KeyProtector } from './platform';
import { keyPassphrase, LEGACY_PREVIEW_PASSPHRASE, passphraseKeyProtector } from './key-protect';
import { writeFileAtomic } from '../files';
import { fingerprintOf, generateKeyPair, keyIdOf, makeKeyCard, publicKeyFromRaw, type KeyPair } from './bundle-format';
import { getCommuneSettings } from './settings';
import { AppError } from '../../shared/errors';
import { bundlesText } from '../../shared/strings/bundles';
import { KEYCARD_EXTENSION, KeyCard, type KeyInfo } from '../../shared/domain/bundle';
import { nowIso } from '../../shared/ids';
import { MIME, type ExportedFile } from '../../shared/contract/files';

/**
 * The commune installation's Ed25519 key pair, kept in <dataDir>/keys/commune-key.json: the
 * public key in clear, the private key sealed by the host's KeyProtector (safeStorage in
 * Electron, passphrase-encrypted PKCS#8 in the preview and CLI). Made on first use.
 */
const StoredKey = z.object({
  keyId: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
  protection: z.enum(['safeStorage', 'passphrase']),
  sealed: z.string(),
  card: KeyCard,
});
const KeyFile = z.object({ current: StoredKey, previous: z.array(StoredKey.omit({ sealed: true })) });
export type StoredKey = z.infer<typeof StoredKey>;
export type KeyFile = z.infer<typeof KeyFile>;

const keyFile = (ctx: ServiceContext) => path.join(ctx.dataDir, 'keys', 'commune-key.json');
const protector = (ctx: ServiceContext): KeyProtector =>
  ctx.platform.keyProtector ?? passphraseKeyProtector(keyPassphrase(ctx.dataDir).passphrase);

export function readKeyFile(ctx: ServiceContext): KeyFile | null {
  const file = keyFile(ctx);
  if (!fs.existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('FILE_INVALID', bundlesText.errors.keyLocked);
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success) throw new AppError('FILE_INVALID', bundlesText.errors.keyLocked);
  return parsed.data;
}

export function writeKeyFile(ctx: ServiceContext, data: KeyFile): void {
  fs.mkdirSync(path.dirname(keyFile(ctx)), { recursive: true });
  writeFileAtomic(keyFile(ctx), Buffer.from(JSON.stringify(data, null, 2), 'utf8'));
}

export async function identity(ctx: ServiceContext) {
  const s = await getCommuneSettings(ctx);
  if (!s) throw new AppError('NOT_FOUND', bundlesText.errors.noSettings);
  return { communeCode: s.communeCode, communeName: s.communeName, province: s.province };
}

export function seal(ctx: ServiceContext, pair: KeyPair, card: KeyCard): StoredKey {
  const p = protector(ctx);
  const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  return {
    keyId: keyIdOf(pair.publicKey),
    publicKey: pair.publicKey.toString('base64'),
    createdAt: card.createdAt,
    protection: p.kind,
    sealed: p.seal(der),
    card,
  };
}

export function unseal(ctx: ServiceContext, stored: StoredKey): KeyPair {
  try {
    return openPair(protector(ctx), stored);
  } catch {
    // A key sealed with the old built-in preview passphrase: open it once, seal it anew.
    if (ctx.platform.keyProtector || stored.protection !== 'passphrase') throw new AppError('FILE_INVALID', bundlesText.errors.keyLocked);
    const pair = (() => {
      try {
        return openPair(passphraseKeyProtector(LEGACY_PREVIEW_PASSPHRASE), stored);
      } catch {
        throw new AppError('FILE_INVALID', bundlesText.errors.keyLocked);
      }
    })();
    const file = readKeyFile(ctx);
    if (file?.current.keyId === stored.keyId) writeKeyFile(ctx, { ...file, current: seal(ctx, pair, stored.card) });
    return pair;
  }
}

function openPair(p: KeyProtector, stored: StoredKey): KeyPair {
  const der = p.open(stored.sealed);
  const privateKey = crypto.createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  const publicKey = Buffer.from(stored.publicKey, 'base64');
  // The sealed key must be the pair of the public key we publish.
  const probe = Buffer.from('cchc-key-check');
  if (!crypto.verify(null, probe, publicKeyFromRaw(publicKey), crypto.sign(null, probe, privateKey))) throw new Error('pair mismatch');
  return { publicKey, privateKey };
}

async function ensureKeyFile(ctx: ServiceContext): Promise<KeyFile> {
  const existing = readKeyFile(ctx);
  if (existing) return existing;
  const pair = generateKeyPair();
  const card = makeKeyCard(await identity(ctx), pair.publicKey, nowIso());
  const data: KeyFile = { current: seal(ctx, pair, card), previous: [] };
  writeKeyFile(ctx, data);
  return data;
}

export const info = (f: KeyFile): KeyInfo => ({
  keyId: f.current.keyId,
  fingerprint: fingerprintOf(f.current.keyId),
  createdAt: f.current.createdAt,
  protection: f.current.protection,
  previousKeyIds: f.previous.map((p) => p.keyId),
});

export async function getKeyInfo(ctx: ServiceContext): Promise<KeyInfo> {
  return info(await ensureKeyFile(ctx));
}

/** The private key, for signing a bundle. */
export async function loadSigningKey(ctx: ServiceContext): Promise<KeyPair> {
  return unseal(ctx, (await ensureKeyFile(ctx)).current);
}

export async function getKeyCard(ctx: ServiceContext): Promise<KeyCard> {
  return (await ensureKeyFile(ctx)).current.card;
}

export async function exportKeyCard(ctx: ServiceContext): Promise<ExportedFile> {
  const card = await getKeyCard(ctx);
  return {
    fileName: `TheKhoa_${card.communeCode}_${card.keyId.slice(0, 8)}${KEYCARD_EXTENSION}`,
    mime: MIME.json,
    base64: Buffer.from(JSON.stringify(card, null, 2)).toString('base64'),
  };
}

/** A new pair whose card carries a statement signed by the old key. */
export async function rotateKey(ctx: ServiceContext): Promise<KeyInfo> {
  const file = await ensureKeyFile(ctx);
  const old = unseal(ctx, file.current);
  const pair = generateKeyPair();
  const card = makeKeyCard(await identity(ctx), pair.publicKey, nowIso(), old);
  const { sealed: _dropped, ...oldPublic } = file.current;
  const next: KeyFile = { current: seal(ctx, pair, card), previous: [oldPublic, ...file.previous] };
  writeKeyFile(ctx, next);
  return info(next);
}
