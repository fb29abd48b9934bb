import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { testApps } from '../helpers/app';
import { makeDataDirPrivate } from '../../db/private-data';
import { keyPassphrase, LEGACY_PREVIEW_PASSPHRASE, passphraseKeyProtector, PASSPHRASE_FILE } from '../../db/services/key-protect';
import { getKeyInfo, loadSigningKey } from '../../db/services/keys';

const open = testApps({ demo: true });
const mode = (p: string) => (fs.statSync(p).mode & 0o777).toString(8);

describe('the data folder and the key are the officer’s alone', () => {
  it('tightens a folder an older version left open (0755/0644) and creates new files 0600', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, 'keys'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'cchc.sqlite'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'keys', 'commune-key.json'), '{}', { mode: 0o644 });
    makeDataDirPrivate(dir);
    expect([
      mode(dir),
      mode(path.join(dir, 'keys')),
      mode(path.join(dir, 'cchc.sqlite')),
      mode(path.join(dir, 'keys', 'commune-key.json')),
    ]).toEqual(['700', '700', '600', '600']);
    fs.writeFileSync(path.join(dir, 'new.txt'), 'y');
    expect(mode(path.join(dir, 'new.txt'))).toBe('600');
  });

  it('has no built-in passphrase: CCHC_KEY_PASSPHRASE, or a random one per installation kept 0600', () => {
    const a = tempDir();
    const b = tempDir();
    expect(keyPassphrase(a, { CCHC_KEY_PASSPHRASE: 'mật khẩu của xã' })).toEqual({
      passphrase: 'mật khẩu của xã',
      source: 'env',
      file: null,
    });
    const pa = keyPassphrase(a, {});
    const pb = keyPassphrase(b, {});
    expect(pa.passphrase).not.toBe(pb.passphrase);
    expect(pa.passphrase).not.toBe(LEGACY_PREVIEW_PASSPHRASE);
    expect(pa.passphrase.length).toBeGreaterThanOrEqual(40);
    expect(keyPassphrase(a, {}).passphrase).toBe(pa.passphrase);
    expect(mode(path.join(a, PASSPHRASE_FILE))).toBe('600');
  });

  it('re-seals a key made with the old built-in passphrase, and then only the new one opens it', async () => {
    const saved = process.env.CCHC_KEY_PASSPHRASE;
    delete process.env.CCHC_KEY_PASSPHRASE;
    try {
      const app = await open();
      const info = await getKeyInfo(app.ctx);
      const file = path.join(app.dataDir, 'keys', 'commune-key.json');
      const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
      const pair = await loadSigningKey(app.ctx);
      const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
      stored.current.sealed = passphraseKeyProtector(LEGACY_PREVIEW_PASSPHRASE).seal(der);
      fs.writeFileSync(file, JSON.stringify(stored));
      expect((await loadSigningKey(app.ctx)).publicKey.equals(pair.publicKey)).toBe(true);
      const resealed = JSON.parse(fs.readFileSync(file, 'utf8')).current.sealed as string;
      expect(() => passphraseKeyProtector(LEGACY_PREVIEW_PASSPHRASE).open(resealed)).toThrow();
      expect(passphraseKeyProtector(keyPassphrase(app.dataDir).passphrase).open(resealed)).toBeTruthy();
      expect((await getKeyInfo(app.ctx)).keyId).toBe(info.keyId);
    } finally {
      if (saved !== undefined) process.env.CCHC_KEY_PASSPHRASE = saved;
    }
  });
});
