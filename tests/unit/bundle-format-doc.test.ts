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
import { BundlePayload } from '../../shared/domain/bundle';

/** docs/bundle-format.md, followed step by step without our code: plain node:crypto, Python, openssl. */
const DOC = fs.readFileSync(path.join(__dirname, '../../docs/bundle-format.md'), 'utf8');
const SCHEMA_FILE = path.join(__dirname, '../../docs/bundle-payload.schema.json');

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
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${sortedCompact(o[k])}`).join(',')}}`;
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
    for (const [name, d] of Object.entries(env.manifest.parts) as [string, { sha256: string; size: number; gzipSha256: string; gzipSize: number; count: number }][]) {
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

  it('§6 Python recipe verifies the bundle, and refuses a tampered one', () => {
    const script = path.join(dir, 'verify_cchc.py');
    fs.writeFileSync(script, block('verify_cchc.py'));
    const out = execFileSync('python3', [script, bundleFile, cardFile], { encoding: 'utf8' });
    expect(out.trim()).toBe('OK 10903 seq 1 activities 5');
    const env = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
    env.manifest.communeName = 'xã Khác';
    const bad = path.join(dir, 'bad.cchc');
    fs.writeFileSync(bad, JSON.stringify(env));
    expect(() => execFileSync('python3', [script, bad, cardFile], { stdio: 'pipe' })).toThrow(/InvalidSignature/);
  });

  it('§7 openssl recipe verifies the signature over the manifest bytes the Python recipe wrote', () => {
    execFileSync('python3', [path.join(dir, 'verify_cchc.py'), bundleFile, cardFile]);
    const cmd = block('openssl').split('\n')[0]!;
    const out = execFileSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('Signature Verified Successfully');
  });

  it('§8 the published JSON Schema is the one generated from the zod schemas', () => {
    const generated = JSON.stringify(z.toJSONSchema(BundlePayload, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMA) fs.writeFileSync(SCHEMA_FILE, generated);
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
    const schema = JSON.parse(generated);
    expect(Object.keys(schema.properties)).toEqual(['plans', 'sections', 'tasks', 'activities', 'reports', 'evidence']);
    expect(schema.additionalProperties).toBe(false);
  });
});
