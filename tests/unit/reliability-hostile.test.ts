import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract/index';
import { dispatch } from '../../shared/contract/dispatch';
import { openTestApp } from '../helpers/app';
import {
  byteCorpus,
  dbChecksum,
  documentCorpus,
  junkPayloads,
  mutateValid,
  refusalProblem,
  xlsxCorpus,
  type HostileCase,
} from '../helpers/hostile';
import { BUNDLE_TARGETS, PATH_TARGETS, XLSX_TARGETS, ipcSamples, type FileTarget } from '../helpers/hostile-targets';
import { hostilePathCorpus } from '../helpers/hostile-paths';
import { hugeCellSheet, millionRowSheet, writeZip } from '../helpers/xlsx-bombs';
import { tempDir } from '../helpers/temp';
import { hostileBackups } from '../helpers/hostile-backups';
import { openUntrusted } from '../../db/backup/facts';

const SEED = Number(process.env.CCHC_HOSTILE_SEED ?? 20261123);
const tally = {
  inputs: { tried: 0, refused: 0, changed: 0 },
  bundles: { tried: 0, refused: 0, changed: 0 },
  files: { tried: 0, refused: 0, changed: 0 },
};
/** Why cases were refused, per file target: shows the corpus reaches past the first check. */
const reasons = new Map<string, Map<string, number>>();

afterAll(() => {
  const { inputs, bundles, files } = tally;
  for (const [name, m] of reasons)
    console.log(
      `${name}: ${[...m]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  console.log(`inputs refused ${inputs.refused}/${inputs.tried} with ${inputs.changed} changes`);
  if (files.tried)
    console.log(
      `hostile files refused ${files.refused}/${files.tried} with ${files.changed} changes (FIFOs, devices, symlinks to them, folders and oversized files through every path channel; .xlsx bombs through every .xlsx import; backups with hostile schemas or evidence)`,
    );
  console.log(
    `bundles refused ${bundles.refused}/${bundles.tried} with ${bundles.changed} changes${BUNDLE_TARGETS.length ? '' : ' (no bundle import registered in tests/helpers/hostile-targets.ts)'}`,
  );
});

describe('hostile IPC payloads', () => {
  it('≥ 200 malformed payloads through dispatch with the real handlers: all refused in Vietnamese, database unchanged', async () => {
    const app = await openTestApp({ demo: true });
    try {
      const planId = (app.ctx.sqlite.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
      const unit = await dispatch(app.handlers, 'units.create', { name: 'Hội Phụ nữ xã', kind: 'organisation' });
      const unitId = (unit as { value: { id: string } }).value.id;
      const samples = ipcSamples(app, { planId, unitId });
      const cases: { channel: unknown; c: HostileCase<unknown> }[] = [];
      for (const channel of CHANNEL_NAMES) {
        for (const c of junkPayloads()) cases.push({ channel, c });
        const sample = samples[channel];
        if (sample) for (const c of mutateValid(sample)) cases.push({ channel, c });
      }
      // Ids of the right shape that name nothing.
      for (const channel of ['plans.get', 'units.delete'] as const)
        cases.push({ channel, c: { label: 'unknown id', input: { id: '0190f0f0-0000-7000-8000-000000000000' } } });
      for (const channel of ['', '__proto__', 'constructor', 'toString', '../settings.save', 'settings.save\u0000', 42, null])
        cases.push({ channel, c: { label: 'unknown channel', input: {} } });

      const before = dbChecksum(app.ctx.sqlite, app.file);
      const problems: string[] = [];
      for (const { channel, c } of cases) {
        const unexpected: unknown[] = [];
        let env;
        try {
          env = await dispatch(app.handlers, channel, c.input, { onUnexpected: (_c, e) => unexpected.push(e) });
        } catch (e) {
          unexpected.push(e);
        }
        const problem = refusalProblem(env, unexpected);
        tally.inputs.tried++;
        if (problem) problems.push(`${String(channel)} [${c.label}]: ${problem}`);
        else tally.inputs.refused++;
      }
      const after = dbChecksum(app.ctx.sqlite, app.file);
      if (after !== before) tally.inputs.changed++;
      expect(problems).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      expect(after).toBe(before);
    } finally {
      await app.close();
    }
  });
});

async function attack(target: FileTarget, bucket: 'inputs' | 'bundles', minimum: number) {
  const t = await target.setup();
  try {
    if (t.primeWithSample) {
      const first = await t.feed(t.sample, 'goc.cchc');
      expect(first, 'the valid sample must import').toMatchObject({ ok: true });
    }
    const cases: HostileCase<Uint8Array>[] = [];
    if (target.kind === 'xlsx') cases.push(...(await xlsxCorpus(t.sample, minimum, SEED)));
    else {
      cases.push(...byteCorpus(t.sample, Math.ceil(minimum * 0.55), SEED, { oversizeBytes: t.oversizeBytes }));
      if (t.document) {
        const doc = t.document.decode(t.sample);
        for (const c of documentCorpus(doc, Math.ceil(minimum * 0.45), SEED + 1))
          cases.push({ label: c.label, input: t.document.encodeSigned(c.input) });
      }
      if (t.primeWithSample)
        for (const name of ['goc.cchc', 'ban-sao.cchc', '../../goc.cchc', 'C:\\goc.cchc'])
          cases.push({ label: `replay as ${name}`, input: t.sample });
    }
    const before = dbChecksum(t.app.ctx.sqlite, t.app.file);
    const problems: string[] = [];
    let i = 0;
    for (const c of cases) {
      const unexpected: unknown[] = [];
      let env;
      try {
        env = await t.feed(c.input, `tep-${i++}.${target.kind === 'xlsx' ? 'xlsx' : 'cchc'}`);
      } catch (e) {
        unexpected.push(e);
      }
      const problem = refusalProblem(env, unexpected);
      tally[bucket].tried++;
      if (problem) problems.push(`[${c.label}]: ${problem}`);
      else tally[bucket].refused++;
      if (env && !env.ok) {
        const m = reasons.get(target.name) ?? new Map<string, number>();
        const d = env.error.details as { code?: string } | undefined;
        const why = d?.code ?? env.error.code;
        m.set(why, (m.get(why) ?? 0) + 1);
        reasons.set(target.name, m);
      }
      const now = dbChecksum(t.app.ctx.sqlite, t.app.file);
      if (now !== before) {
        tally[bucket].changed++;
        problems.push(`[${c.label}]: database changed`);
        break;
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
  } finally {
    await t.close();
  }
}

for (const target of XLSX_TARGETS)
  it(`${target.name}: ≥ 200 malformed .xlsx refused, database unchanged`, () => attack(target, 'inputs', 200), 300_000);
for (const target of BUNDLE_TARGETS)
  it(`${target.name}: ≥ 1,000 malformed bundles refused, database unchanged`, () => attack(target, 'bundles', 1000), 300_000);

describe('hostile paths through every path channel', () => {
  for (const target of PATH_TARGETS) {
    it(`${target.name}: FIFO, /dev/zero, symlinks to them, a folder, an oversized file — each refused at once in Vietnamese, database unchanged`, async () => {
      const app = await openTestApp({ demo: true });
      const problems: string[] = [];
      try {
        const before = dbChecksum(app.ctx.sqlite, app.file);
        for (const c of hostilePathCorpus({ oversizeBytes: target.oversizeBytes, ext: target.ext })) {
          const unexpected: unknown[] = [];
          const started = performance.now();
          let env;
          try {
            env = await target.feed(app, c.path);
          } catch (e) {
            unexpected.push(e);
          } finally {
            c.done();
          }
          const ms = performance.now() - started;
          const problem = refusalProblem(env, unexpected) ?? (ms > 1000 ? `took ${Math.round(ms)} ms (not refused at once)` : null);
          tally.files.tried++;
          if (problem) problems.push(`[${c.label}]: ${problem}`);
          else tally.files.refused++;
        }
        if (dbChecksum(app.ctx.sqlite, app.file) !== before) {
          tally.files.changed++;
          problems.push('database changed');
        }
      } finally {
        await app.close();
      }
      expect(problems).toEqual([]);
    }, 60_000);
  }
});

describe('.xlsx bombs through every .xlsx import', () => {
  for (const target of XLSX_TARGETS) {
    it(`${target.name}: the 1,048,576-row sheet and the 400 MB cell are refused in Vietnamese, database unchanged`, async () => {
      const dir = tempDir('cchc-bombs-');
      const bombs: [string, Uint8Array][] = [];
      for (const [label, entries] of [
        ['1,048,576 rows', millionRowSheet()],
        ['a 400 MB cell', hugeCellSheet()],
      ] as const) {
        const file = path.join(dir, 'bom.xlsx');
        await writeZip(file, entries);
        bombs.push([label, fs.readFileSync(file)]);
      }
      const t = await target.setup();
      const problems: string[] = [];
      try {
        const before = dbChecksum(t.app.ctx.sqlite, t.app.file);
        for (const [label, bytes] of bombs) {
          let env;
          const unexpected: unknown[] = [];
          try {
            env = await t.feed(bytes, 'bom.xlsx');
          } catch (e) {
            unexpected.push(e);
          }
          const problem = refusalProblem(env, unexpected);
          tally.files.tried++;
          if (problem) problems.push(`[${label}]: ${problem}`);
          else tally.files.refused++;
        }
        if (dbChecksum(t.app.ctx.sqlite, t.app.file) !== before) {
          tally.files.changed++;
          problems.push('database changed');
        }
      } finally {
        await t.close();
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

describe('hostile backups', () => {
  it('a database file from outside is opened read-only, query-only, with trusted_schema off', async () => {
    const app = await openTestApp({ demo: true });
    try {
      const db = openUntrusted(app.file);
      try {
        expect(db.readonly).toBe(true);
        expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
        expect(db.pragma('query_only', { simple: true })).toBe(1);
        expect(() => db.exec('CREATE TABLE x (y)')).toThrow();
      } finally {
        db.close();
      }
    } finally {
      await app.close();
    }
  });

  it('crafted backups (foreign schema, unlisted or altered evidence) are refused by inspect and restore, nothing changed', async () => {
    const app = await openTestApp({ demo: true });
    try {
      const cases = await hostileBackups(app);
      const evidence = () =>
        fs.existsSync(path.join(app.dataDir, 'evidence'))
          ? fs.readdirSync(path.join(app.dataDir, 'evidence'), { recursive: true }).map(String).sort()
          : [];
      const before = dbChecksum(app.ctx.sqlite, app.file);
      const evBefore = evidence();
      const problems: string[] = [];
      for (const c of cases) {
        for (const channel of ['backup.inspect', 'backup.restore'] as const) {
          const unexpected: unknown[] = [];
          const env = await dispatch(
            app.handlers,
            channel,
            { path: c.input, ...(channel === 'backup.restore' ? { confirm: true } : {}) },
            { onUnexpected: (_c, e) => unexpected.push(e) },
          );
          const problem = refusalProblem(env, unexpected);
          tally.files.tried++;
          if (problem) problems.push(`${channel} [${c.label}]: ${problem}`);
          else tally.files.refused++;
        }
        const changed = dbChecksum(app.ctx.sqlite, app.file) !== before || evidence().join() !== evBefore.join();
        if (changed) {
          tally.files.changed++;
          problems.push(`[${c.label}]: data changed`);
        }
      }
      expect(problems).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(20);
    } finally {
      await app.close();
    }
  }, 120_000);
});
