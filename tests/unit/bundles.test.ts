import { ActivityListQuery } from '../../shared/domain/activity';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { fileDigest as sharedDigest, tempDir } from '../helpers/temp';
import { insertSubmittedReport, usbFolder } from '../helpers/bundles';
import { createBundle, getBundleCandidates, listOutbox, prepareBundle } from '../../db/services/bundles';
import { exportKeyCard, getKeyCard, getKeyInfo, rotateKey } from '../../db/services/keys';
import { addKeyCard, trustedKeyRefs } from '../../db/services/province-keys';
import { provinceActivities, communeReport, consolidated, statusMatrix } from '../../db/services/province';
import { importBundleBytes, importFolder, verifyBundleFile } from '../../db/services/province-import';
import {
  buildBundle,
  canonicalBytes,
  generateKeyPair,
  makeKeyCard,
  sha256Hex,
  verifyBundle,
  type KeyPair,
} from '../../db/services/bundle-format';
import { listActivities } from '../../db/services/activities';
import { getPlanDetail, listPlans } from '../../db/services/plans';
import { syntheticBundle, syntheticCommune, syntheticPayload, syntheticReport } from '../../bench/bundle-fixtures';
import type { Envelope } from '../../shared/domain/bundle';
import { startImportWorker } from '../../db/services/import-pool';
import { periodInfo, periodsOfYear, quarterKeyOf, timeliness } from '../../shared/domain/deadlines';

type App = Awaited<ReturnType<typeof openTestApp>>;

/** The database file with its -wal and -shm, byte for byte. */
const fileDigest = sharedDigest;
const apps: App[] = [];
async function app(demo = false) {
  const a = await openTestApp({ demo });
  apps.push(a);
  return a;
}
afterAll(async () => {
  for (const a of apps) await a.close();
});

function writeCard(dir: string, card: unknown): string {
  const f = path.join(dir, 'the-khoa.cchc-key.json');
  fs.writeFileSync(f, JSON.stringify(card));
  return f;
}

async function provinceTrusting(...cards: unknown[]) {
  const p = await app();
  for (const c of cards) await addKeyCard(p.ctx, { path: writeCard(tempDir(), c) });
  return p;
}

describe('commune → bundle file → province', () => {
  let commune: App;
  let province: App;
  let usb: string;
  beforeAll(async () => {
    commune = await app(true);
    province = await app();
    usb = usbFolder();
  });

  it('writes a verified bundle for a submitted report, and the province reproduces the data', async () => {
    const reportId = await insertSubmittedReport(commune, { periodKey: '2026-q1', submittedAt: '2026-03-05T02:00:00.000Z' });
    const written = await createBundle(commune.ctx, { what: { kind: 'report', reportId }, folder: usb });
    expect(written.verified).toBe(true);
    expect(written.fileName).toBe('CCHC_10903_000001_2026-q1.cchc');
    expect(fs.statSync(written.path).size).toBe(written.size);
    expect(written.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(written.fingerprint).toBe((await getKeyInfo(commune.ctx)).fingerprint);
    // Nothing but the bundle in the folder: no temp files left behind.
    expect(fs.readdirSync(usb)).toEqual([written.fileName]);
    expect((await listOutbox(commune.ctx)).map((o) => [o.seq, o.fileName, o.activities])).toEqual([[1, written.fileName, 5]]);

    const card = await exportKeyCard(commune.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
    const trusted = await addKeyCard(province.ctx, { path: cardFile });
    expect(trusted).toMatchObject({ communeCode: '10903', communeName: 'xã Quyết Thắng' });

    const summary = await importFolder(province.ctx, { folder: usb });
    expect(summary).toMatchObject({ imported: 1, refused: 0, duplicates: 0 });
    expect(summary.text).toBe('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');

    // Same activities, plan, tasks and report snapshot, field for field.
    const acts = (await listActivities(commune.ctx, ActivityListQuery.parse({ sort: 'date', direction: 'asc', limit: 500 }))).rows;
    const provActs = await provinceActivities(province.ctx, '10903');
    expect(provActs).toEqual([...acts].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)));
    const [planSummary] = await listPlans(commune.ctx, { year: 2026 });
    const detail = await getPlanDetail(commune.ctx, { id: planSummary!.id });
    const provPlan = province.ctx.sqlite.prepare('SELECT data FROM prov_plans').all() as { data: string }[];
    expect(provPlan.map((r) => JSON.parse(r.data))).toEqual([detail.plan]);
    const provTasks = (province.ctx.sqlite.prepare('SELECT data FROM prov_tasks').all() as { data: string }[]).map((r) =>
      JSON.parse(r.data),
    );
    expect(provTasks.sort((a, b) => a.position - b.position)).toEqual(detail.tasks);
    const drill = await communeReport(province.ctx, { communeCode: '10903', period: '2026-q1' });
    expect(drill.report.narrative).toContain('Trong Quý I/2026');
    expect(drill.report.snapshot).toEqual({ totals: { broadcast: 1, online: 1, visual: 1 } });

    const matrix = await statusMatrix(province.ctx, { year: 2026 }, '2026-11-23T00:00:00.000Z');
    const row = matrix.rows.find((r) => r.communeCode === '10903')!;
    expect(row.cells.find((c) => c.periodKey === '2026-q1')!.status).toBe('onTime');
    expect(row.cells.find((c) => c.periodKey === '2026-h1')!.status).toBe('missing');
    expect(row.cells.find((c) => c.periodKey === '2026-year')!.status).toBe('notDue');

    const table = await consolidated(province.ctx, { period: '2026-Q1' }); // what officers type; stored as 2026-q1
    const mine = table.rows.find((r) => r.communeCode === '10903')!;
    expect(mine).toMatchObject({ reported: true, total: 5 });
    expect(mine.counts.meeting).toEqual({ n: 1, quantity: 85 });
    expect(mine.counts.tthcPosting).toEqual({ n: 1, quantity: 112 });
    expect(table.sum.total).toBe(5);
  });

  it('sends only what changed since the last "changes" bundle, and chains the sequence', async () => {
    const first = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect(first.seq).toBe(2);
    expect(first.activities).toBe(5);
    await expect(createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb })).rejects.toThrow(
      'Không có thay đổi nào kể từ gói gần nhất',
    );
    await commune.handlers['activities.create']({
      date: '2026-04-02',
      title: 'Tin mới sau gói trước',
      taskId: null,
      areas: [],
      unitName: '',
      note: '',
      details: { kind: 'online', channel: 'zalo', postKind: 'tin', url: '', views: null },
    });
    const second = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect(second).toMatchObject({ seq: 3, activities: 1, periods: ['2026-q2'] });
    const summary = await importFolder(province.ctx, { folder: usb });
    expect(summary.lines.map((l) => [l.seq, l.status])).toEqual([
      [1, 'duplicate'],
      [2, 'imported'],
      [3, 'imported'],
    ]);
    expect(summary.lines.every((l) => l.gap === null)).toBe(true);
    expect((province.ctx.sqlite.prepare('SELECT count(*) AS n FROM prov_activities').get() as { n: number }).n).toBe(6);
  });

  it('carries a deletion (tombstone) to the province, which then leaves it out of the consolidated table', async () => {
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(0);
    const meeting = commune.ctx.sqlite.prepare("SELECT id FROM activities WHERE kind = 'meeting'").get() as { id: string };
    const now = new Date(Date.now() + 1000).toISOString();
    commune.ctx.sqlite.prepare('UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, meeting.id);
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(1);
    const before = (await consolidated(province.ctx, { period: '2026-q1' })).rows.find((r) => r.communeCode === '10903')!;
    expect(before.counts.meeting).toEqual({ n: 1, quantity: 85 });
    await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    const after = (await consolidated(province.ctx, { period: '2026-q1' })).rows.find((r) => r.communeCode === '10903')!;
    expect(after.counts.meeting).toEqual({ n: 0, quantity: 0 });
    expect(after.total).toBe(before.total - 1);
  });

  it('refuses to write into a folder that is not there (USB pulled out) and leaves no file', async () => {
    const gone = path.join(tempDir(), 'E');
    await expect(createBundle(commune.ctx, { what: { kind: 'changes' }, folder: gone })).rejects.toThrow(
      /USB có thể chưa cắm hoặc đã bị rút ra/,
    );
    expect(fs.existsSync(gone)).toBe(false);
  });

  it('refuses a report that was not submitted', async () => {
    const id = await insertSubmittedReport(commune, { periodKey: '2026-q2', submittedAt: null });
    await expect(createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb })).rejects.toThrow(
      'Báo cáo này chưa được nộp',
    );
  });
});

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

/** The import worker as the build makes it (dist/worker/import-worker.cjs), built here from source. */
async function buildWorker(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(tempDir('cchc-worker-'), 'import-worker.cjs');
  await build({
    entryPoints: [path.join(__dirname, '../../db/services/import-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
    nodePaths: [path.join(__dirname, '../../node_modules')],
  });
  fs.symlinkSync(path.join(__dirname, '../../node_modules'), path.join(path.dirname(outfile), 'node_modules'));
  return outfile;
}

describe.each([
  ['in this thread', async () => null],
  ['with the import worker', buildWorker],
])('a folder of 20 good and 5 bad bundles (%s)', (_how, worker) => {
  it('imports the 20, reports each of the 5 with its reason, and reports a gap in a chain', async () => {
    const workerFile = await worker();
    const communes = Array.from({ length: 20 }, (_, i) => syntheticCommune(i));
    const province = await provinceTrusting(
      ...communes.map((c) =>
        makeKeyCard({ communeCode: c.code, communeName: c.name, province: 'tỉnh Thử Nghiệm' }, c.key.publicKey, '2026-01-01T00:00:00.000Z'),
      ),
    );
    const dir = tempDir('cchc-folder-');
    const goods = communes.map((c, i) =>
      syntheticBundle(
        c,
        1,
        syntheticPayload(10 + i, [syntheticReport('2026-q1', i % 2 ? '2026-03-20T03:00:00.000Z' : '2026-03-09T03:00:00.000Z')]),
      ),
    );
    goods.forEach((b, i) => fs.writeFileSync(path.join(dir, `CCHC_${communes[i]!.code}_000001.cchc`), b.bytes));
    const bad = syntheticBundle(communes[0]!, 2, syntheticPayload(3), goods[0]!.hash).bytes;
    const flipped = Buffer.from(bad);
    const at = bad.toString('latin1').lastIndexOf('"activities":"') + 40;
    flipped[at] = flipped[at] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(path.join(dir, 'CCHC_20000_000002_flipped.cchc'), flipped);
    fs.writeFileSync(
      path.join(dir, 'CCHC_20001_000002_truncated.cchc'),
      syntheticBundle(communes[1]!, 2, syntheticPayload(3)).bytes.subarray(0, 500),
    );
    fs.writeFileSync(
      path.join(dir, 'CCHC_29999_000001_untrusted.cchc'),
      syntheticBundle(syntheticCommune(9999), 1, syntheticPayload(3)).bytes,
    );
    fs.writeFileSync(
      path.join(dir, 'CCHC_20002_000001_copy-with-new-content.cchc'),
      syntheticBundle(communes[2]!, 1, syntheticPayload(2)).bytes,
    );
    fs.writeFileSync(path.join(dir, 'notes.cchc'), 'đây không phải gói');
    // A later bundle with a hole before it: imported, and the gap reported.
    fs.writeFileSync(path.join(dir, 'CCHC_20003_000004.cchc'), syntheticBundle(communes[3]!, 4, syntheticPayload(1)).bytes);

    const s = await importFolder(province.ctx, { folder: dir }, { workerFile });
    expect(s).toMatchObject({ imported: 21, refused: 5, duplicates: 0 });
    const refused = s.lines.filter((l) => l.status === 'refused');
    expect(refused.map((l) => [l.file, l.code])).toEqual([
      ['CCHC_20000_000002_flipped.cchc', 'PART_ALTERED'],
      ['CCHC_20001_000002_truncated.cchc', 'UNREADABLE'],
      ['CCHC_20002_000001_copy-with-new-content.cchc', 'SEQ_CONFLICT'],
      ['CCHC_29999_000001_untrusted.cchc', 'UNTRUSTED_COMMUNE'],
      ['notes.cchc', 'UNREADABLE'],
    ]);
    expect(s.lines.find((l) => l.file === 'CCHC_20003_000004.cchc')!.gap).toBe(
      'Thiếu gói: sau gói số 1 xã gửi gói số 4. Hãy đề nghị xã gửi bổ sung gói 2–3.',
    );
    const n = (province.ctx.sqlite.prepare('SELECT count(*) AS n FROM prov_activities').get() as { n: number }).n;
    expect(n).toBe(communes.reduce((sum, _c, i) => sum + 10 + i, 0) + 1);
    const matrix = await statusMatrix(province.ctx, { year: 2026 }, '2026-11-23T00:00:00.000Z');
    const q1 = matrix.rows.map((r) => r.cells[0]!.status);
    expect(q1.filter((x) => x === 'onTime')).toHaveLength(10);
    expect(q1.filter((x) => x === 'late')).toHaveLength(10);
  });
});

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

describe('verify without writing', () => {
  it('verifyBundleFile reports the manifest of a good file and a reason for a bad path', async () => {
    const c = syntheticCommune(1);
    const province = await provinceTrusting(
      makeKeyCard({ communeCode: c.code, communeName: c.name, province: '' }, c.key.publicKey, '2026-01-01T00:00:00.000Z'),
    );
    const f = path.join(tempDir(), 'x.cchc');
    fs.writeFileSync(f, syntheticBundle(c, 1, syntheticPayload(4)).bytes);
    const before = fileDigest(province.file);
    const r = await verifyBundleFile(province.ctx, f);
    expect(r.ok && r.payload.activities.length).toBe(4);
    const missing = await verifyBundleFile(province.ctx, path.join(tempDir(), 'none.cchc'));
    expect(missing).toMatchObject({ ok: false });
    expect(fileDigest(province.file)).toBe(before);
    expect(() => buildBundle).not.toThrow();
  });
});

describe('the import worker', () => {
  it('checks a bundle off the main thread and returns the parsed payload, or the refusal', async () => {
    const pool = startImportWorker(await buildWorker())!;
    const c = syntheticCommune(3);
    const b = syntheticBundle(c, 1, syntheticPayload(7));
    const good = await pool.check(b.bytes, [c.trusted]);
    expect(good.opened).toMatchObject({ ok: true, hash: b.hash });
    expect(good.payload?.ok && good.payload.payload.activities).toHaveLength(7);
    const bad = await pool.check(b.bytes.subarray(0, 100), [c.trusted]);
    expect(bad.opened).toMatchObject({ ok: false, code: 'UNREADABLE' });
    const wrongSchema = await pool.check(syntheticBundle(c, 2, { ...syntheticPayload(1), evidence: [{ bad: true }] } as never).bytes, [
      c.trusted,
    ]);
    expect(wrongSchema.payload).toMatchObject({
      ok: false,
      code: 'WRONG_SCHEMA',
      message: expect.stringContaining('phần "evidence", dòng 1'),
    });
    await pool.stop();
  });
});

describe('one transaction per bundle', () => {
  it('a failure while writing leaves nothing of that bundle behind, says so, and the next bundle still imports', async () => {
    const a = syntheticCommune(11);
    const b = syntheticCommune(12);
    const card = (c: typeof a) =>
      makeKeyCard({ communeCode: c.code, communeName: c.name, province: '' }, c.key.publicKey, '2026-01-01T00:00:00.000Z');
    const province = await provinceTrusting(card(a), card(b));
    // The last statement of the transaction fails for commune a only (as a full disk would).
    province.ctx.sqlite.exec(
      `CREATE TRIGGER fail_a BEFORE INSERT ON bundles_in WHEN new.commune_code = '${a.code}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const dir = tempDir('cchc-tx-');
    fs.writeFileSync(path.join(dir, `CCHC_${a.code}_000001.cchc`), syntheticBundle(a, 1, syntheticPayload(50)).bytes);
    fs.writeFileSync(path.join(dir, `CCHC_${b.code}_000001.cchc`), syntheticBundle(b, 1, syntheticPayload(40)).bytes);
    const s = await importFolder(province.ctx, { folder: dir });
    expect(s.lines.map((l) => [l.communeCode, l.status, l.code])).toEqual([
      [a.code, 'refused', 'DB_WRITE_FAILED'],
      [b.code, 'imported', null],
    ]);
    expect(s.lines[0]!.message).toContain('không ghi được vào cơ sở dữ liệu của tỉnh');
    const count = (code: string) =>
      (province.ctx.sqlite.prepare('SELECT count(*) AS n FROM prov_activities WHERE commune_code = ?').get(code) as { n: number }).n;
    expect([count(a.code), count(b.code)]).toEqual([0, 40]);
  });
});

describe('periods and timeliness (stand-in until shared/domain/period.ts is merged)', () => {
  it('uses the reports keys, accepts what officers type, and ends a deadline day at midnight in Vietnam', () => {
    expect(periodInfo('2026-Q1')).toMatchObject({
      key: '2026-q1',
      label: 'Quý I/2026',
      from: '2025-12-15',
      to: '2026-03-14',
      deadline: '2026-03-10',
    });
    expect(periodInfo('2026-6T')).toMatchObject({ key: '2026-h1', from: '2025-12-15', to: '2026-06-14', deadline: '2026-06-10' });
    expect(periodInfo('2026-n')?.key).toBe('2026-year');
    expect(periodInfo('2026-Q5')).toBeNull();
    expect(periodsOfYear(2027).map((p) => p.key)).toEqual(['2027-q1', '2027-q2', '2027-h1', '2027-q3', '2027-m9', '2027-q4', '2027-year']);
    const q1 = periodInfo('2026-q1')!;
    expect(timeliness(q1, '2026-03-10T16:59:59.000Z', '2026-11-01T00:00:00.000Z')).toBe('onTime');
    expect(timeliness(q1, '2026-03-11T00:30:00+07:00', '2026-11-01T00:00:00.000Z')).toBe('late');
    expect(timeliness(q1, null, '2026-03-10T10:00:00.000Z')).toBe('notDue');
    expect(timeliness(q1, null, '2026-03-10T17:00:00.000Z')).toBe('missing');
    expect([quarterKeyOf('2025-12-15'), quarterKeyOf('2026-03-14'), quarterKeyOf('2026-03-15'), quarterKeyOf('2026-12-14')]).toEqual([
      '2026-q1',
      '2026-q1',
      '2026-q2',
      '2026-q4',
    ]);
  });
});

describe('with the reports feature (issue 6)', () => {
  it('a report created and submitted through the reports service travels in a bundle and shows on time at the province', async () => {
    const commune = await app(true);
    const { createReport, submitReport } = await import('../../db/services/reports');
    const draft = await createReport(commune.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await (await import('../helpers/reports')).readyToSubmit(commune.ctx, draft.id, '2026-03-09');
    const submitted = await submitReport(commune.ctx, { id: draft.id }, '2026-03-09T03:00:00.000Z');
    const usb = usbFolder();
    const written = await createBundle(commune.ctx, { what: { kind: 'report', reportId: submitted.id }, folder: usb });
    expect(written.periods).toEqual(['2026-q1']);
    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    const row = (await statusMatrix(province.ctx, { year: 2026 }, '2026-11-23T00:00:00.000Z')).rows[0]!;
    expect(row.cells.find((c) => c.periodKey === '2026-q1')).toMatchObject({ status: 'onTime', version: 1 });
    const drill = await communeReport(province.ctx, { communeCode: '10903', period: '2026-q1' });
    const original = commune.ctx.sqlite.prepare('SELECT snapshot, snapshot_hash FROM reports WHERE id = ?').get(submitted.id) as {
      snapshot: string;
      snapshot_hash: string;
    };
    expect(drill.report.snapshot).toEqual(JSON.parse(original.snapshot));
    expect(drill.report.snapshotHash).toBe(original.snapshot_hash);
  });
});

describe('when the import worker cannot run', () => {
  it('imports every bundle in this thread instead', async () => {
    const broken = path.join(tempDir(), 'import-worker.cjs');
    fs.writeFileSync(broken, 'throw new Error("cannot load here")');
    const c = syntheticCommune(21);
    const province = await provinceTrusting(
      makeKeyCard({ communeCode: c.code, communeName: c.name, province: '' }, c.key.publicKey, '2026-01-01T00:00:00.000Z'),
    );
    const dir = tempDir('cchc-noworker-');
    let prev: string | null = null;
    for (let seq = 1; seq <= 4; seq++) {
      const b = syntheticBundle(c, seq, syntheticPayload(5), prev);
      prev = b.hash;
      fs.writeFileSync(path.join(dir, `CCHC_${c.code}_00000${seq}.cchc`), b.bytes);
    }
    const s = await importFolder(province.ctx, { folder: dir }, { workerFile: broken });
    expect(s.lines.map((l) => [l.seq, l.status, l.gap])).toEqual([
      [1, 'imported', null],
      [2, 'imported', null],
      [3, 'imported', null],
      [4, 'imported', null],
    ]);
  });
});
