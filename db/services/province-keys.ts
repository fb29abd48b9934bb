import type { ServiceContext } from './context';
import * as repo from '../repositories/province';
import { checkKeyCard, fingerprintOf, type TrustedKeyRef } from './bundle-format';
import { AppError } from '../../shared/errors';
import { readRegularFile } from '../files-safe';
import { bundlesText } from '../../shared/strings/bundles';
import { keyCustodyText as custody } from '../../shared/strings/key-custody';
import type { TrustedKey } from '../../shared/domain/bundle';
import { nowIso } from '../../shared/ids';

// The province's trust list: the communes' public keys, added from their key cards (`cchc keys`).
const t = bundlesText;
/** A key card is a small JSON file (a few hundred bytes, a rotation adds one signature). */
const MAX_KEYCARD_BYTES = 256 * 1024;

export async function trustedKeyRefs(ctx: ServiceContext): Promise<TrustedKeyRef[]> {
  return (await repo.listTrustedKeys(ctx.db)).map((k) => ({
    keyId: k.key_id,
    communeCode: k.commune_code,
    communeName: k.commune_name,
    publicKey: k.public_key,
  }));
}

const toTrustedKey = (k: Awaited<ReturnType<typeof repo.listTrustedKeys>>[number]): TrustedKey => ({
  keyId: k.key_id,
  communeCode: k.commune_code,
  communeName: k.commune_name,
  publicKey: k.public_key,
  createdAt: k.created_at,
  addedAt: k.added_at,
  rotatedFrom: k.rotated_from,
});

export async function listTrustedKeys(ctx: ServiceContext): Promise<TrustedKey[]> {
  return (await repo.listTrustedKeys(ctx.db)).map(toTrustedKey);
}

/**
 * `cchc keys add <thẻ khoá>`: register a commune's public key (or a rotation signed by its old
 * key). A second key for a commune without the old key's signature — a lost-key replacement, or
 * anyone's card — is refused with a warning unless the province confirms (`--thay-khoa`, the
 * confirm box on Tổng hợp) after checking the fingerprint with the commune by phone.
 */
export async function addKeyCard(
  ctx: ServiceContext,
  { path: file, thayKhoa = false }: { path: string; thayKhoa?: boolean },
): Promise<TrustedKey & { warning: string | null }> {
  const bytes = readRegularFile(file, MAX_KEYCARD_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('FILE_INVALID', t.errors.keyCardInvalid);
  }
  const check = checkKeyCard(raw, await trustedKeyRefs(ctx));
  if (!check.ok) throw new AppError('FILE_INVALID', check.message);
  const c = check.card;
  const sameCommune = (await trustedKeyRefs(ctx)).filter((k) => k.communeCode === c.communeCode);
  let warning: string | null = null;
  if (sameCommune.length && !sameCommune.some((k) => k.keyId === c.keyId) && !check.rotatedFrom) {
    warning = custody.provinceNeedsConfirm(
      c.communeName,
      c.communeCode,
      sameCommune.map((k) => fingerprintOf(k.keyId)).join(', '),
      fingerprintOf(c.keyId),
      !!c.lostKeyReplacement,
    );
    if (!thayKhoa) throw new AppError('CONFLICT', warning);
  }
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertTrustedKey(trx, {
      key_id: c.keyId,
      commune_code: c.communeCode,
      commune_name: c.communeName,
      public_key: c.publicKey,
      created_at: c.createdAt,
      added_at: at,
      rotated_from: check.rotatedFrom?.keyId ?? null,
    });
    await repo.upsertCommuneName(trx, c.communeCode, c.communeName, c.province, at);
  });
  const row = (await repo.listTrustedKeys(ctx.db)).find((k) => k.key_id === c.keyId)!;
  return { ...toTrustedKey(row), warning };
}
