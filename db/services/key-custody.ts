import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ServiceContext } from './context';
import { writeFileAtomic } from '../files';
import { fingerprintOf, generateKeyPair, keyIdOf, makeKeyCard, publicKeyFromRaw, type KeyPair } from './bundle-format';
import { getKeyInfo, identity, info, readKeyFile, seal, unseal, writeKeyFile, type KeyFile } from './keys';
import { AppError } from '../../shared/errors';
import { keyCustodyText as t } from '../../shared/strings/key-custody';
import { Hex64, KeyCard, type KeyInfo } from '../../shared/domain/bundle';
import { nowIso } from '../../shared/ids';

/**
 * Key custody (issue 14.7): the commune's private key can be carried away, brought back, and —
 * when it is lost for good — replaced by a key the province must accept by hand.
 *
 * The backup file is JSON: the PKCS#8 private key encrypted with AES-256-GCM under a key
 * derived from the officer's passphrase by scrypt (N=2^15, r=8, p=1). GCM's tag makes a wrong
 * passphrase and a changed file the same refusal, detected before anything is written.
 */
export const KEY_BACKUP_FORMAT = 'cchc-keybackup/1';
export const KEY_BACKUP_EXTENSION = '.cchc-keybackup.json';
const MAX_BACKUP_BYTES = 64 * 1024;
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const B64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(8_000);
export const KeyBackup = z
  .object({
    format: z.literal(KEY_BACKUP_FORMAT),
    communeCode: z.string().regex(/^\d{5}$/),
    keyId: Hex64,
    publicKey: B64,
    card: KeyCard,
    createdAt: z.string().max(40),
    kdf: z
      .object({ name: z.literal('scrypt'), N: z.literal(SCRYPT.N), r: z.literal(SCRYPT.r), p: z.literal(SCRYPT.p), salt: B64 })
      .strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: B64, tag: B64 }).strict(),
    data: B64,
  })
  .strict();
export type KeyBackup = z.infer<typeof KeyBackup>;

const derive = (passphrase: string, salt: Buffer) => crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);

function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < 8) throw new AppError('INVALID_INPUT', t.passphraseTooShort);
}

/** "Sao lưu khoá": the current private key, encrypted with the officer's passphrase, into `folder`. */
export async function backupKey(
  ctx: ServiceContext,
  input: { folder: string; passphrase: string },
): Promise<{ file: string; message: string }> {
  checkPassphrase(input.passphrase);
  await getKeyInfo(ctx); // made on first use, like every other key action
  const file = readKeyFile(ctx);
  if (!file) throw new AppError('NOT_FOUND', t.backupFileInvalid);
  const pair = unseal(ctx, file.current); // a locked key cannot be backed up: keyLocked, in Vietnamese
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(input.passphrase, salt), iv);
  const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  const backup: KeyBackup = {
    format: KEY_BACKUP_FORMAT,
    communeCode: file.current.card.communeCode,
    keyId: file.current.keyId,
    publicKey: file.current.publicKey,
    card: file.current.card,
    createdAt: nowIso(),
    kdf: { name: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    data: data.toString('base64'),
  };
  const target = path.join(input.folder, `SaoLuuKhoa_${backup.communeCode}_${backup.keyId.slice(0, 8)}${KEY_BACKUP_EXTENSION}`);
  writeFileAtomic(target, Buffer.from(JSON.stringify(backup, null, 2), 'utf8'));
  return { file: target, message: t.backupWritten(target) };
}

/** Reads and decrypts a backup; throws a Vietnamese AppError and changes nothing when it cannot. */
export function openKeyBackup(file: string, passphrase: string): { backup: KeyBackup; pair: KeyPair } {
  let backup: KeyBackup;
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile() || st.size > MAX_BACKUP_BYTES) throw new Error('not a small regular file');
    backup = KeyBackup.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw new AppError('FILE_INVALID', t.backupFileInvalid);
  }
  let der: Buffer;
  try {
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      derive(passphrase, Buffer.from(backup.kdf.salt, 'base64')),
      Buffer.from(backup.cipher.iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(backup.cipher.tag, 'base64'));
    der = Buffer.concat([decipher.update(Buffer.from(backup.data, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('FILE_INVALID', t.wrongPassphrase);
  }
  try {
    const privateKey = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    const publicKey = Buffer.from(backup.publicKey, 'base64');
    const probe = Buffer.from('cchc-key-check');
    if (
      keyIdOf(publicKey) !== backup.keyId ||
      !crypto.verify(null, probe, publicKeyFromRaw(publicKey), crypto.sign(null, probe, privateKey))
    )
      throw new Error('pair');
    return { backup, pair: { publicKey, privateKey } };
  } catch {
    throw new AppError('FILE_INVALID', t.backupFileInvalid);
  }
}

/**
 * A key that was rotated away ("Đổi khoá mới") or declared lost ("Tạo khoá thay thế") is history:
 * the province was told it was replaced, and a lost key may be in someone else's hands. Its old
 * backup must not quietly become the signing key again.
 */
function refuseRetiredKey(existing: KeyFile | null, keyId: string): void {
  if (!existing || existing.current.keyId === keyId) return;
  const cards = [existing.current.card, ...existing.previous.map((p) => p.card)];
  if (cards.some((c) => c.lostKeyReplacement?.previousKeyIds.includes(keyId)))
    throw new AppError('CONFLICT', t.restoreLostKey(fingerprintOf(keyId), fingerprintOf(existing.current.keyId)));
  if (existing.previous.some((p) => p.keyId === keyId))
    throw new AppError('CONFLICT', t.restoreRotatedKey(fingerprintOf(keyId), fingerprintOf(existing.current.keyId)));
}

/**
 * "Khôi phục khoá": the backed-up key becomes the current key again, sealed by this host's
 * protector. A different current key (say, a replacement made meanwhile) is kept as a previous
 * key, so bundles it signed still verify at the province.
 */
export async function restoreKey(ctx: ServiceContext, input: { file: string; passphrase: string }): Promise<KeyInfo & { message: string }> {
  const { backup, pair } = openKeyBackup(input.file, input.passphrase);
  const who = await identity(ctx);
  if (backup.communeCode !== who.communeCode) throw new AppError('FILE_INVALID', t.otherCommune(backup.communeCode));
  const existing = readKeyFile(ctx);
  refuseRetiredKey(existing, backup.keyId);
  const stored = seal(ctx, pair, backup.card);
  let next: KeyFile;
  if (!existing || existing.current.keyId === backup.keyId) next = { current: stored, previous: existing?.previous ?? [] };
  else {
    const { sealed: _dropped, ...oldPublic } = existing.current;
    next = { current: stored, previous: [oldPublic, ...existing.previous.filter((p) => p.keyId !== backup.keyId)] };
  }
  writeKeyFile(ctx, next);
  return { ...info(next), message: t.restored(fingerprintOf(backup.keyId)) };
}

/**
 * The key is lost (safeStorage/DPAPI cannot open it, another passphrase): a new pair whose card
 * says so. Refused while the current key still opens — then "Đổi khoá mới" gives a proof instead.
 */
export async function replaceLostKey(ctx: ServiceContext): Promise<KeyInfo & { message: string }> {
  const existing = readKeyFile(ctx);
  if (existing) {
    let usable = true;
    try {
      unseal(ctx, existing.current);
    } catch {
      usable = false;
    }
    if (usable) throw new AppError('CONFLICT', t.keyStillUsable);
  }
  const lost = existing ? [existing.current.keyId, ...existing.previous.map((p) => p.keyId)] : [];
  const pair = generateKeyPair();
  const card = makeKeyCard(await identity(ctx), pair.publicKey, nowIso(), undefined, lost.slice(0, 50));
  const previous = existing ? [(({ sealed: _dropped, ...pub }) => pub)(existing.current), ...existing.previous] : [];
  const next: KeyFile = { current: seal(ctx, pair, card), previous };
  writeKeyFile(ctx, next);
  return { ...info(next), message: t.replacementMade(fingerprintOf(card.keyId)) };
}
