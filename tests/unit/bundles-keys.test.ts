import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { insertSubmittedReport } from '../helpers/bundles';
import { prepareBundle } from '../../db/services/bundles';
import { getKeyCard, getKeyInfo, rotateKey } from '../../db/services/keys';
import { addKeyCard, trustedKeyRefs } from '../../db/services/province-keys';
import { canonicalBytes, generateKeyPair, verifyBundle } from '../../db/services/bundle-format';
import { bundleApps, writeCard } from '../helpers/bundle-apps';

/** The commune signing key: protected at rest, and rotated with a statement the province checks. */
const { app, provinceTrusting } = bundleApps();

describe('keys', () => {
  it('protects the private key at rest with a passphrase-encrypted PKCS#8 that openssl can read', async () => {
    const commune = await app(true);
    const info = await getKeyInfo(commune.ctx);
    expect(info.protection).toBe('passphrase');
    const stored = JSON.parse(fs.readFileSync(path.join(commune.dataDir, 'keys', 'commune-key.json'), 'utf8')) as {
      current: { sealed: string };
    };
    expect(stored.current.sealed).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(() => crypto.createPrivateKey({ key: stored.current.sealed, format: 'pem', passphrase: 'sai mật khẩu' })).toThrow();
  });

  it('rotates: the new card is signed by the old key and the province accepts it; a forged rotation is refused', async () => {
    const commune = await app(true);
    const oldCard = await getKeyCard(commune.ctx);
    const province = await provinceTrusting(oldCard);
    const rotated = await rotateKey(commune.ctx);
    expect(rotated.previousKeyIds).toEqual([oldCard.keyId]);
    const newCard = await getKeyCard(commune.ctx);
    expect(newCard.rotation?.statement.previousKeyId).toBe(oldCard.keyId);
    const added = await addKeyCard(province.ctx, { path: writeCard(tempDir(), newCard) });
    expect(added.rotatedFrom).toBe(oldCard.keyId);

    const forged = structuredClone(newCard);
    forged.rotation!.signature = crypto
      .sign(null, canonicalBytes(forged.rotation!.statement), generateKeyPair().privateKey)
      .toString('base64');
    const other = await provinceTrusting(oldCard);
    await expect(addKeyCard(other.ctx, { path: writeCard(tempDir(), forged) })).rejects.toThrow('chữ ký của khoá cũ không hợp lệ');

    // Bundles signed with the new key verify at the province.
    const reportId = await insertSubmittedReport(commune);
    const b = await prepareBundle(commune.ctx, { kind: 'report', reportId });
    expect(verifyBundle(b.built.bytes, await trustedKeyRefs(province.ctx)).ok).toBe(true);
  });
});
