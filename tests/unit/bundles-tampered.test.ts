import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileDigest } from '../helpers/temp';
import { insertSubmittedReport } from '../helpers/bundles';
import { prepareBundle } from '../../db/services/bundles';
import { getKeyCard } from '../../db/services/keys';
import { importBundleBytes } from '../../db/services/province-import';
import { trustedKeyRefs } from '../../db/services/province-keys';
import { canonicalBytes, generateKeyPair, sha256Hex, type KeyPair } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';
import type { Envelope } from '../../shared/domain/bundle';
import { bundleApps, type App } from '../helpers/bundle-apps';

/** Tampered and hostile bundle files: each refused with its own message, the province database untouched. */
const { app, provinceTrusting } = bundleApps();

describe('tampered and hostile bundles are refused with their own message and change nothing', () => {
  let commune: App;
  let province: App;
  let good: Buffer;
  let key: KeyPair;
  beforeAll(async () => {
    commune = await app(true);
    const reportId = await insertSubmittedReport(commune);
    const prepared = await prepareBundle(commune.ctx, { kind: 'report', reportId });
    good = prepared.built.bytes;
    province = await provinceTrusting(await getKeyCard(commune.ctx));
    // The test holds the commune's private key to forge *validly signed* hostile bundles.
    const { loadSigningKey } = await import('../../db/services/keys');
    key = await loadSigningKey(commune.ctx);
  });

  const env = (): Envelope => JSON.parse(good.toString('utf8')) as Envelope;
  const bytes = (e: unknown) => Buffer.from(JSON.stringify(e));
  /** Re-sign a modified manifest with the real key (an insider or a bug, not an attacker). */
  const resign = (e: Envelope) => {
    const signed = canonicalBytes(e.manifest);
    e.signature = crypto.sign(null, signed, key.privateKey).toString('base64');
    e.check = { manifestSha256: sha256Hex(signed), signatureSha256: sha256Hex(e.signature) };
    return bytes(e);
  };

  const cases: [string, () => Buffer | Promise<Buffer>, string, RegExp][] = [
    [
      'flipped byte in the payload',
      () => {
        const e = env();
        const gz = Buffer.from(e.parts.activities, 'base64');
        const mid = Math.floor(gz.length / 2);
        gz[mid] = gz[mid]! ^ 0x01;
        e.parts.activities = gz.toString('base64');
        return bytes(e);
      },
      'PART_ALTERED',
      /Phần dữ liệu "activities" đã bị thay đổi sau khi ký/,
    ],
    [
      'flipped byte in the manifest',
      () => {
        const text = good.toString('utf8');
        const at = text.indexOf('"seq":1') + 6;
        return Buffer.from(text.slice(0, at) + '7' + text.slice(at + 1));
      },
      'MANIFEST_ALTERED',
      /Bản kê khai \(manifest\) đã bị sửa sau khi ký/,
    ],
    [
      'flipped byte in the signature',
      () => {
        const e = env();
        const sig = Buffer.from(e.signature, 'base64');
        sig[10] = sig[10]! ^ 0x80;
        e.signature = sig.toString('base64');
        return bytes(e);
      },
      'SIGNATURE_ALTERED',
      /Chữ ký số của gói đã bị hỏng hoặc bị sửa/,
    ],
    [
      'signature forged over a consistent file',
      () => {
        const e = env();
        (e.manifest as { seq: number }).seq = 9;
        const signed = canonicalBytes(e.manifest);
        e.signature = crypto.sign(null, signed, generateKeyPair().privateKey).toString('base64');
        e.check = { manifestSha256: sha256Hex(signed), signatureSha256: sha256Hex(e.signature) };
        return bytes(e);
      },
      'BAD_SIGNATURE',
      /Chữ ký số không hợp lệ với khoá đã đăng ký/,
    ],
    [
      'signed with a key the province does not know for this commune',
      () => {
        const c = { ...syntheticCommune(0), code: '10903', name: 'xã Quyết Thắng' };
        return syntheticBundle(c, 1, syntheticPayload(3)).bytes;
      },
      'WRONG_KEY',
      /được ký bằng một khoá không phải khoá đã đăng ký của xã này/,
    ],
    [
      'from a commune that never registered',
      () => syntheticBundle(syntheticCommune(7), 1, syntheticPayload(3)).bytes,
      'UNTRUSTED_COMMUNE',
      /chưa được đăng ký khoá với tỉnh/,
    ],
    ['truncated file', () => good.subarray(0, Math.floor(good.length * 0.6)), 'UNREADABLE', /Tệp bị cắt cụt hoặc hỏng/],
    [
      'gzip bomb (validly signed, declares 1 KB, inflates to 64 MB)',
      () => {
        const e = env();
        const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
        e.parts.activities = bomb.toString('base64');
        const m = e.manifest as {
          parts: Record<string, { sha256: string; size: number; gzipSha256: string; gzipSize: number; count: number }>;
        };
        m.parts.activities = { ...m.parts.activities!, size: 1024, gzipSha256: sha256Hex(bomb), gzipSize: bomb.length };
        return resign(e);
      },
      'GZIP_BOMB',
      /khi giải nén vượt quá kích thước khai báo/,
    ],
    [
      'wrong schema (validly signed, an activity with an unknown field)',
      () => {
        const payload = JSON.parse(zlib.gunzipSync(Buffer.from(env().parts.activities, 'base64')).toString('utf8')) as Record<
          string,
          unknown
        >[];
        payload[1] = { ...payload[1], secret: 'x' };
        const e = env();
        const raw = canonicalBytes(payload);
        const gz = zlib.gzipSync(raw);
        e.parts.activities = gz.toString('base64');
        const m = e.manifest as { parts: Record<string, object> };
        m.parts.activities = {
          sha256: sha256Hex(raw),
          size: raw.length,
          gzipSha256: sha256Hex(gz),
          gzipSize: gz.length,
          count: payload.length,
        };
        return resign(e);
      },
      'WRONG_SCHEMA',
      /Dữ liệu trong gói không đúng cấu trúc \(phần "activities", dòng 2/,
    ],
    ['not a bundle at all', () => Buffer.from('{"hello":"world"}'), 'NOT_A_BUNDLE', /không phải gói dữ liệu CCHC/],
  ];

  it.each(cases)('%s', async (_name, make, code, message) => {
    const before = fileDigest(province.file);
    const line = importBundleBytes(province.ctx, await make(), 'x.cchc', await trustedKeyRefs(province.ctx));
    expect(line).toMatchObject({ status: 'refused', code });
    expect(line.message).toMatch(message);
    expect(fileDigest(province.file)).toBe(before);
  });

  it('gives every tampering case a different message', async () => {
    const trusted = await trustedKeyRefs(province.ctx);
    const messages = await Promise.all(
      cases.map(async ([, make]) => importBundleBytes(province.ctx, await make(), 'x.cchc', trusted).message),
    );
    expect(new Set(messages).size).toBe(cases.length);
  });

  it('imports the good one once; the same file again is a no-op, an older replay and a same-number impostor are refused', async () => {
    const trusted = await trustedKeyRefs(province.ctx);
    expect(importBundleBytes(province.ctx, good, 'a.cchc', trusted).status).toBe('imported');
    // The first read after a commit moves SQLite's reader mark in -shm; take the digest after it.
    const settle = () => province.ctx.sqlite.prepare('SELECT count(*) FROM bundles_in').get();
    settle();
    let before = fileDigest(province.file);
    const dup = importBundleBytes(province.ctx, good, 'a.cchc', trusted);
    expect(dup).toMatchObject({ status: 'duplicate', message: 'Gói số 1 đã được nhập trước đó; bỏ qua (không thay đổi gì).' });
    expect(fileDigest(province.file)).toBe(before);

    const second = await prepareBundle(commune.ctx, { kind: 'changes' });
    // The outbox row is what moves the sequence on; here the test writes the chain by hand.
    const e = JSON.parse(second.built.bytes.toString('utf8')) as Envelope;
    (e.manifest as { seq: number; prevHash: string | null }).seq = 2;
    (e.manifest as { seq: number; prevHash: string | null }).prevHash = sha256Hex(canonicalBytes(env().manifest));
    const signed = canonicalBytes(e.manifest);
    e.signature = crypto.sign(null, signed, key.privateKey).toString('base64');
    e.check = { manifestSha256: sha256Hex(signed), signatureSha256: sha256Hex(e.signature) };
    expect(importBundleBytes(province.ctx, Buffer.from(JSON.stringify(e)), 'b.cchc', trusted)).toMatchObject({
      status: 'imported',
      gap: null,
    });

    settle();
    before = fileDigest(province.file);
    const replay = importBundleBytes(province.ctx, good, 'a.cchc', trusted);
    expect(replay).toMatchObject({ status: 'refused', code: 'REPLAYED' });
    expect(replay.message).toBe(
      'Gói số 1 là gói cũ đã nhập trước đây, gửi lại sau gói số 2. Không nhập lại để không ghi đè dữ liệu mới hơn.',
    );
    const impostor = (await prepareBundle(commune.ctx, { kind: 'changes' })).built.bytes; // seq 1 again, different content
    const conflict = importBundleBytes(province.ctx, impostor, 'c.cchc', trusted);
    expect(conflict).toMatchObject({ status: 'refused', code: 'SEQ_CONFLICT' });
    expect(fileDigest(province.file)).toBe(before);
  });
});
