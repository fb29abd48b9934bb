import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { runCli } from '../../cli/run';
import { backupKey, replaceLostKey, restoreKey } from '../../db/services/key-custody';
import { backupToFolder } from '../../db/services/backup';
import { getKeyCard, getKeyInfo, loadSigningKey, rotateKey } from '../../db/services/keys';
import { addKeyCard, listTrustedKeys } from '../../db/services/province-keys';
import { fingerprintOf } from '../../db/services/bundle-format';

const open = testApps({ demo: true });
const saved = process.env.CCHC_KEY_PASSPHRASE;
afterEach(() => {
  if (saved === undefined) delete process.env.CCHC_KEY_PASSPHRASE;
  else process.env.CCHC_KEY_PASSPHRASE = saved;
});
/** The preview's key is sealed with CCHC_KEY_PASSPHRASE: another one stands for a failing DPAPI. */
const sealWith = (p: string) => (process.env.CCHC_KEY_PASSPHRASE = p);
const writeCard = (card: unknown) => {
  const f = path.join(tempDir(), 'the.cchc-key.json');
  fs.writeFileSync(f, JSON.stringify(card));
  return f;
};

describe('key custody: back up, restore, replace a lost key', () => {
  it('"Sao lưu khoá" then "Khôi phục khoá" brings back the same key after it was lost', async () => {
    sealWith('mật khẩu máy cũ');
    const app = await open();
    const before = await getKeyInfo(app.ctx);
    const usb = tempDir('cchc-usb-');
    const { file } = await backupKey(app.ctx, { folder: usb, passphrase: 'khoá của xã 2026' });
    expect(path.dirname(file)).toBe(usb);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(
      (await loadSigningKey(app.ctx)).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    );
    sealWith('máy mới, mật khẩu khác');
    await expect(loadSigningKey(app.ctx)).rejects.toThrow('Không mở được khoá bí mật');
    const restored = await restoreKey(app.ctx, { file, passphrase: 'khoá của xã 2026' });
    expect(restored.keyId).toBe(before.keyId);
    expect(restored.message).toContain(fingerprintOf(before.keyId));
    expect((await loadSigningKey(app.ctx)).publicKey.toString('base64')).toBe((await getKeyCard(app.ctx)).publicKey);
  });

  it('the full backup to USB includes the key when asked, restorable with that passphrase', async () => {
    sealWith('trước');
    const app = await open();
    const before = await getKeyInfo(app.ctx);
    const usb = tempDir('cchc-usb-');
    const plain = await backupToFolder(app.ctx, { folder: usb });
    expect(plain.keyFile).toBeNull();
    const withKey = await backupToFolder(app.ctx, { folder: usb, passphrase: 'sao lưu cả khoá' });
    expect(path.dirname(withKey.keyFile!)).toBe(usb);
    sealWith('sau');
    expect((await restoreKey(app.ctx, { file: withKey.keyFile!, passphrase: 'sao lưu cả khoá' })).keyId).toBe(before.keyId);
  });

  it('a wrong passphrase, a short one or a changed backup file gets a Vietnamese message and changes nothing', async () => {
    sealWith('a');
    const app = await open();
    const usb = tempDir('cchc-usb-');
    await expect(backupKey(app.ctx, { folder: usb, passphrase: 'ngắn' })).rejects.toThrow('ít nhất 8 ký tự');
    const { file } = await backupKey(app.ctx, { folder: usb, passphrase: 'đúng mật khẩu' });
    const keyFile = path.join(app.dataDir, 'keys', 'commune-key.json');
    const bytes = fs.readFileSync(keyFile);
    await expect(restoreKey(app.ctx, { file, passphrase: 'sai mật khẩu' })).rejects.toThrow('Sai mật khẩu của bản sao lưu khoá');
    const changed = JSON.parse(fs.readFileSync(file, 'utf8'));
    changed.data = Buffer.from(changed.data, 'base64').reverse().toString('base64');
    const bad = path.join(usb, 'bad.cchc-keybackup.json');
    fs.writeFileSync(bad, JSON.stringify(changed));
    await expect(restoreKey(app.ctx, { file: bad, passphrase: 'đúng mật khẩu' })).rejects.toThrow('Sai mật khẩu');
    await expect(restoreKey(app.ctx, { file: path.join(usb, 'none.json'), passphrase: 'đúng mật khẩu' })).rejects.toThrow(
      'không phải bản sao lưu khoá',
    );
    expect(fs.readFileSync(keyFile).equals(bytes)).toBe(true);
  });

  it('a lost key is replaced by a card marked "thay khoá không có khoá cũ"; never while the key still opens', async () => {
    sealWith('cũ');
    const app = await open();
    const old = await getKeyInfo(app.ctx);
    await expect(replaceLostKey(app.ctx)).rejects.toThrow('Khoá hiện tại vẫn mở được');
    sealWith('mất rồi');
    await expect(rotateKey(app.ctx)).rejects.toThrow('Không mở được khoá bí mật');
    const made = await replaceLostKey(app.ctx);
    expect(made.keyId).not.toBe(old.keyId);
    expect(made.previousKeyIds).toContain(old.keyId);
    const card = await getKeyCard(app.ctx);
    expect(card.rotation).toBeNull();
    expect(card.lostKeyReplacement).toEqual({ note: 'thay khoá không có khoá cũ', previousKeyIds: [old.keyId] });
    expect((await loadSigningKey(app.ctx)).publicKey.toString('base64')).toBe(card.publicKey);
  });

  it('an old backup of a key rotated away or declared lost is refused with the reason, and nothing changes', async () => {
    sealWith('cũ');
    const app = await open();
    const usb = tempDir('cchc-usb-');
    const keyFile = path.join(app.dataDir, 'keys', 'commune-key.json');
    const first = await getKeyInfo(app.ctx);
    const { file: firstBackup } = await backupKey(app.ctx, { folder: usb, passphrase: 'khoá thứ nhất' });
    const rotated = await rotateKey(app.ctx);
    let bytes = fs.readFileSync(keyFile);
    await expect(restoreKey(app.ctx, { file: firstBackup, passphrase: 'khoá thứ nhất' })).rejects.toThrow(
      `Không khôi phục: khoá ${fingerprintOf(first.keyId)} trong bản sao lưu này là khoá cũ, đã được đổi sang khoá ${fingerprintOf(rotated.keyId)}`,
    );
    expect(fs.readFileSync(keyFile).equals(bytes)).toBe(true);
    // The rotated key is backed up, then declared lost: its backup may not come back either.
    const { file: secondBackup } = await backupKey(app.ctx, { folder: usb, passphrase: 'khoá thứ hai' });
    sealWith('mất rồi');
    const replacement = await replaceLostKey(app.ctx);
    bytes = fs.readFileSync(keyFile);
    await expect(restoreKey(app.ctx, { file: secondBackup, passphrase: 'khoá thứ hai' })).rejects.toThrow(
      `khoá ${fingerprintOf(rotated.keyId)} trong bản sao lưu này đã được khai báo mất và đã thay bằng khoá ${fingerprintOf(replacement.keyId)}`,
    );
    expect(fs.readFileSync(keyFile).equals(bytes)).toBe(true);
    expect((await getKeyInfo(app.ctx)).keyId).toBe(replacement.keyId);
  });

  it('the province refuses a second unrotated card for a commune unless confirmed (--thay-khoa), showing the warning', async () => {
    sealWith('cũ');
    const commune = await open();
    const first = await getKeyCard(commune.ctx);
    const province = await open({ demo: false });
    const provinceDir = province.dataDir;
    await addKeyCard(province.ctx, { path: writeCard(first) });
    // A rotation signed by the old key needs no confirmation.
    await rotateKey(commune.ctx);
    const rotated = await getKeyCard(commune.ctx);
    expect((await addKeyCard(province.ctx, { path: writeCard(rotated) })).warning).toBeNull();
    // The key is lost: the replacement card has no proof.
    sealWith('mất');
    await replaceLostKey(commune.ctx);
    const replacement = writeCard(await getKeyCard(commune.ctx));
    await expect(addKeyCard(province.ctx, { path: replacement })).rejects.toThrow(/CẢNH BÁO.*thay khoá không có khoá cũ.*--thay-khoa/s);
    expect(await listTrustedKeys(province.ctx)).toHaveLength(2);
    await province.close();
    const lines: string[] = [];
    expect(await runCli(['--data-dir', provinceDir, 'keys', 'add', replacement], (l) => lines.push(l))).not.toBe(0);
    expect(lines.join('\n')).toContain('CẢNH BÁO');
    lines.length = 0;
    const code = await runCli(['--data-dir', provinceDir, 'keys', 'add', '--thay-khoa', replacement], (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/CẢNH BÁO[\s\S]*Đã đăng ký khoá thay thế/);
    // Anyone's unrotated card for a registered commune is refused the same way.
    const stranger = await open();
    const strangerCard = writeCard(await getKeyCard(stranger.ctx));
    const refused: string[] = [];
    expect(await runCli(['--data-dir', provinceDir, 'keys', 'add', strangerCard], (l) => refused.push(l))).not.toBe(0);
    expect(refused.join('\n')).toContain('CẢNH BÁO');
  });
});
