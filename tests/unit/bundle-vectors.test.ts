import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
type TestApp = Awaited<ReturnType<typeof openTestApp>>;
import { tempDir } from '../helpers/temp';
import { makeVectors, type VectorIndex } from '../conformance/make-vectors';
import { addKeyCard, trustedKeyRefs } from '../../db/services/province-keys';
import { importBundleBytes } from '../../db/services/province-import';
import type { ImportLine } from '../../shared/domain/bundle';
import type { TrustedKeyRef } from '../../db/services/bundle-format';

/**
 * "A format is judged by a second implementation": every vector in docs/bundle-vectors/ goes
 * through the importer and through the Python recipe printed in docs/bundle-format.md, and
 * both must give the verdict and reason code the index expects.
 */
const DIR = path.join(__dirname, '../../docs/bundle-vectors');
const DOCS = path.join(__dirname, '../../docs');
const run = promisify(execFile);

function recipe(marker: string): string {
  const doc = fs.readFileSync(path.join(DOCS, 'bundle-format.md'), 'utf8');
  const m = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\s*<!-- /${marker} -->`).exec(doc);
  if (!m) throw new Error(`no recipe ${marker} in the doc`);
  return m[1]!;
}

const verdictOf = (l: ImportLine, single: boolean): string =>
  l.status === 'refused' ? l.code! : l.status === 'duplicate' ? 'duplicate' : single ? 'ok' : l.gap ? 'imported+gap' : 'imported';

/**
 * The importer: a province that trusts only the test key card; each case starts from no
 * imported bundle (its writes are rolled back after it), its files imported in order.
 */
function importer(app: TestApp, trusted: TrustedKeyRef[], files: string[], single: boolean): string[] {
  app.ctx.sqlite.exec('BEGIN');
  try {
    return files.map((f) => verdictOf(importBundleBytes(app.ctx, fs.readFileSync(path.join(DIR, f)), path.basename(f), trusted), single));
  } finally {
    app.ctx.sqlite.exec('ROLLBACK');
  }
}

let scripts: { python: string; node: string };
/** A recipe from the doc (python3 verify_cchc.py / node verify-cchc.mjs): one verdict per file. */
async function recipeRun(which: 'python' | 'node', files: string[], single: boolean): Promise<string[]> {
  const args = [scripts[which], path.join(DIR, INDEX.keyCard), ...files.map((f) => path.join(DIR, f)), ...(single ? ['--each'] : [])];
  const out = await run(which === 'python' ? 'python3' : process.execPath, args, {
    env: { ...process.env, CCHC_SCHEMA_DIR: DOCS },
    maxBuffer: 1 << 24,
  }).then(
    (r) => r.stdout,
    (e: { stdout?: string; code?: number; stderr?: string }) => {
      if (e.code !== 1) throw new Error(`${which} recipe failed: ${e.stderr}`);
      return e.stdout ?? '';
    },
  );
  return out
    .trim()
    .split('\n')
    .map((l) => {
      const [word, code] = l.split(' ');
      if (word === 'REFUSED') return code!;
      if (word === 'DUPLICATE') return 'duplicate';
      return single ? 'ok' : l.includes(' gap: ') ? 'imported+gap' : 'imported';
    });
}

let INDEX: VectorIndex;
beforeAll(() => {
  const { files, index } = makeVectors();
  if (process.env.UPDATE_VECTORS) {
    fs.rmSync(DIR, { recursive: true, force: true });
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(DIR, name)), { recursive: true });
      fs.writeFileSync(path.join(DIR, name), bytes);
    }
    fs.writeFileSync(path.join(DIR, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  }
  INDEX = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8')) as VectorIndex;
  const dir = tempDir('cchc-vectors-');
  scripts = { python: path.join(dir, 'verify_cchc.py'), node: path.join(dir, 'verify-cchc.mjs') };
  fs.writeFileSync(scripts.python, recipe('verify_cchc.py'));
  fs.writeFileSync(scripts.node, recipe('verify-cchc.mjs'));
});

describe('conformance vectors (docs/bundle-vectors)', () => {
  it('the folder is what tests/conformance/make-vectors.ts makes (npm run vectors)', () => {
    const { files, index } = makeVectors();
    expect(INDEX).toEqual(index);
    for (const [name, bytes] of Object.entries(files)) expect(fs.readFileSync(path.join(DIR, name)).equals(bytes), name).toBe(true);
    expect(INDEX.vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(INDEX.vectors.map((v) => v.expect)).size).toBeGreaterThanOrEqual(14);
  });

  it('every vector gets the expected verdict from the importer and from the Python recipe', async () => {
    const app = await openTestApp();
    await addKeyCard(app.ctx, { path: path.join(DIR, INDEX.keyCard) });
    const trusted = await trustedKeyRefs(app.ctx);
    type Row = { name: string; expect: string[]; importer: string[]; python: string[]; node: string[] };
    const rows: Row[] = [];
    try {
      // One run of each recipe judges every single vector alone (--each); one more per chain.
      const files = INDEX.vectors.map((v) => v.file);
      const [py, js] = await Promise.all([recipeRun('python', files, true), recipeRun('node', files, true)]);
      for (const [i, v] of INDEX.vectors.entries())
        rows.push({ name: v.file, expect: [v.expect], importer: importer(app, trusted, [v.file], true), python: [py[i]!], node: [js[i]!] });
      for (const c of INDEX.chains) {
        const [p, n] = await Promise.all([recipeRun('python', c.files, false), recipeRun('node', c.files, false)]);
        rows.push({ name: c.name, expect: c.expect, importer: importer(app, trusted, c.files, false), python: p, node: n });
      }
    } finally {
      await app.close();
    }
    const same = (got: string[], r: Row) => got.join() === r.expect.join();
    const agree = rows.filter((r) => same(r.importer, r) && same(r.python, r));
    console.log(`conformance vectors ${agree.length}/${rows.length} agree (importer and Python recipe)`);
    console.log(`conformance vectors ${rows.filter((r) => same(r.node, r)).length}/${rows.length} agree (plain Node recipe)`);
    expect(rows.filter((r) => !agree.includes(r) || !same(r.node, r))).toEqual([]);
  });
});
