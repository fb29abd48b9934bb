import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDigest, tempDir } from '../helpers/temp';
import { importFolder, verifyBundleFile } from '../../db/services/province-import';
import { statusMatrix } from '../../db/services/province';
import { buildBundle, makeKeyCard } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload, syntheticReport } from '../../bench/bundle-fixtures';
import { startImportWorker } from '../../db/services/import-pool';
import { bundleApps, buildWorker } from '../helpers/bundle-apps';

/** The province importing folders of bundles: verdicts per file, the import worker, one transaction per bundle. */
const { provinceTrusting } = bundleApps();

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
