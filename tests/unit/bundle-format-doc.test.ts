import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { insertSubmittedReport } from '../helpers/bundles';
import { prepareBundle } from '../../db/services/bundles';
import { getKeyCard } from '../../db/services/keys';
import { BundlePayload, Manifest } from '../../shared/domain/bundle';

/** docs/bundle-format.md, followed step by step without our code: plain node:crypto, Python, openssl. */
const DOC = fs.readFileSync(path.join(__dirname, '../../docs/bundle-format.md'), 'utf8');
const SCHEMA_FILE = path.join(__dirname, '../../docs/bundle-payload.schema.json');
const MANIFEST_SCHEMA_FILE = path.join(__dirname, '../../docs/bundle-manifest.schema.json');

function block(marker: string): string {
  const m = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\s*<!-- /${marker} -->`).exec(DOC);
  if (!m) throw new Error(`no block ${marker} in the doc`);
  return m[1]!;
}

let app: Awaited<ReturnType<typeof openTestApp>>;
let dir: string;
let bundleFile: string;
let cardFile: string;
beforeAll(async () => {
  app = await openTestApp({ demo: true });
  const reportId = await insertSubmittedReport(app);
  const prepared = await prepareBundle(app.ctx, { kind: 'report', reportId });
  dir = tempDir('cchc-doc-');
  bundleFile = path.join(dir, prepared.fileName);
  cardFile = path.join(dir, 'card.cchc-key.json');
  fs.writeFileSync(bundleFile, prepared.built.bytes);
  fs.writeFileSync(cardFile, JSON.stringify(await getKeyCard(app.ctx)));
});
afterAll(() => app.close());

/** §2: sorted, compact JSON — what the doc says equals RFC 8785 for a manifest. */
function sortedCompact(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedCompact).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedCompact(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('docs/bundle-format.md', () => {
  it('§5 procedure, step by step with plain node:crypto and zlib, verifies a real bundle', () => {
    const bytes = fs.readFileSync(bundleFile);
    expect(bytes.length).toBeLessThan(64 * 1024 * 1024); // 1
    const env = JSON.parse(bytes.toString('utf8')); // 2
    expect(env.format).toBe('cchc-bundle/1');
    const M = Buffer.from(sortedCompact(env.manifest), 'utf8'); // 3
    expect(crypto.createHash('sha256').update(M).digest('hex')).toBe(env.check.manifestSha256);
    const card = JSON.parse(fs.readFileSync(cardFile, 'utf8')); // 4
    expect(card.keyId).toBe(env.manifest.keyId);
    expect(card.communeCode).toBe(env.manifest.communeCode);
    const raw = Buffer.from(card.publicKey, 'base64'); // 5
    expect(crypto.createHash('sha256').update(raw).digest('hex')).toBe(card.keyId);
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
    const pub = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(crypto.verify(null, M, pub, Buffer.from(env.signature, 'base64'))).toBe(true);
    const tampered = Buffer.from(M);
    tampered[20] = tampered[20]! ^ 1;
    expect(crypto.verify(null, tampered, pub, Buffer.from(env.signature, 'base64'))).toBe(false);
    for (const [name, d] of Object.entries(env.manifest.parts) as [
      string,
      { sha256: string; size: number; gzipSha256: string; gzipSize: number; count: number },
    ][]) {
      const gz = Buffer.from(env.parts[name], 'base64'); // 6
      expect(gz.length).toBe(d.gzipSize);
      expect(crypto.createHash('sha256').update(gz).digest('hex')).toBe(d.gzipSha256);
      const inflated = zlib.gunzipSync(gz, { maxOutputLength: d.size });
      expect(crypto.createHash('sha256').update(inflated).digest('hex')).toBe(d.sha256);
      const rows = JSON.parse(inflated.toString('utf8')); // 7
      expect(rows).toHaveLength(d.count);
    }
    expect(env.manifest.parts.activities.count).toBe(5);
  });

  it('§7 Python recipe verifies the bundle, and refuses a tampered one — also under python3 -O', () => {
    const script = path.join(dir, 'verify_cchc.py');
    fs.writeFileSync(script, block('verify_cchc.py'));
    const env = { ...process.env, CCHC_SCHEMA_DIR: path.join(__dirname, '../../docs') };
    const out = execFileSync('python3', [script, cardFile, bundleFile], { encoding: 'utf8', env });
    expect(out.trim()).toBe(`OK ${bundleFile} commune 10903 seq 1 activities 5`);
    const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
    const renamed = { ...bundle, manifest: { ...bundle.manifest, communeName: 'xã Khác' } };
    const bad = path.join(dir, 'bad.cchc');
    fs.writeFileSync(bad, JSON.stringify(renamed));
    const refused = (args: string[]) => {
      try {
        execFileSync('python3', args, { stdio: 'pipe', env });
      } catch (e) {
        return { status: (e as { status: number }).status, out: String((e as { stdout: Buffer }).stdout) };
      }
      return { status: 0, out: 'accepted' };
    };
    expect(refused([script, cardFile, bad])).toEqual({ status: 1, out: expect.stringContaining('REFUSED MANIFEST_ALTERED') });
    // A swapped part once printed OK under -O (the old recipe used assert).
    const swapped = path.join(dir, 'swapped.cchc');
    fs.writeFileSync(
      swapped,
      JSON.stringify({ ...bundle, parts: { ...bundle.parts, plans: bundle.parts.activities, activities: bundle.parts.plans } }),
    );
    expect(refused(['-O', script, cardFile, swapped])).toEqual({ status: 1, out: expect.stringContaining('REFUSED PART_ALTERED') });
    expect(block('verify_cchc.py')).not.toMatch(/^\s*assert\b/m);
  });

  it('§9 openssl recipe verifies the signature over the manifest bytes the Python recipe wrote', () => {
    const env = { ...process.env, CCHC_SCHEMA_DIR: path.join(__dirname, '../../docs') };
    execFileSync('python3', [path.join(dir, 'verify_cchc.py'), cardFile, bundleFile, '--openssl-files', dir], { env });
    const cmd = block('openssl').split('\n')[0]!;
    const out = execFileSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('Signature Verified Successfully');
  });

  it('§10 the published JSON Schemas are the ones generated from the zod schemas', () => {
    // io 'input': what a file may hold (a defaulted field may be absent), not what parsing returns.
    const gen = (s: z.ZodType) =>
      JSON.stringify(z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
    const generated = gen(BundlePayload);
    const manifest = gen(Manifest);
    if (process.env.UPDATE_SCHEMA) fs.writeFileSync(SCHEMA_FILE, generated);
    if (process.env.UPDATE_SCHEMA) fs.writeFileSync(MANIFEST_SCHEMA_FILE, manifest);
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
    expect(fs.readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')).toBe(manifest);
    const schema = JSON.parse(generated);
    expect(Object.keys(schema.properties)).toEqual(['plans', 'sections', 'tasks', 'activities', 'reports', 'evidence', 'signedDocuments']);
    expect(schema.additionalProperties).toBe(false);
  });
});
