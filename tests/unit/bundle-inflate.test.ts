import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, sha256Hex, verifyBundle, MAX_PART_BYTES } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';
import type { Envelope } from '../../shared/domain/bundle';

/**
 * Issue 14 §10: a validly signed part under the 64 MiB file cap that inflates to 500 MiB is
 * refused from its declared size, without inflating it (the outside review saw 1.66 GB).
 */
async function gzipStream(totalBytes: number): Promise<{ gz: Buffer; sha256: string; size: number }> {
  const z = zlib.createGzip({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const h = crypto.createHash('sha256');
  const chunk = Buffer.alloc(4 << 20, 0x20);
  chunk.write('[', 0);
  for (let n = 0; n < totalBytes; n += chunk.length) {
    const part = n + chunk.length > totalBytes ? chunk.subarray(0, totalBytes - n) : n === 0 ? chunk : Buffer.alloc(chunk.length, 0x20);
    h.update(part);
    if (!z.write(part)) await once(z, 'drain');
  }
  z.end();
  await once(z, 'end');
  return { gz: Buffer.concat(out), sha256: h.digest('hex'), size: totalBytes };
}

function withPart(
  c: ReturnType<typeof syntheticCommune>,
  part: { gz: Buffer; sha256: string; size: number },
  sizeClaim = part.size,
): Buffer {
  const e = JSON.parse(syntheticBundle(c, 1, syntheticPayload(3)).bytes.toString('utf8')) as Envelope;
  e.parts.activities = part.gz.toString('base64');
  const m = e.manifest as { parts: Record<string, { sha256: string; size: number; gzipSha256: string; gzipSize: number; count: number }> };
  m.parts.activities = {
    ...m.parts.activities!,
    sha256: part.sha256,
    size: sizeClaim,
    gzipSha256: sha256Hex(part.gz),
    gzipSize: part.gz.length,
  };
  const signed = canonicalBytes(e.manifest);
  e.signature = crypto.sign(null, signed, c.key.privateKey).toString('base64');
  e.check = { manifestSha256: sha256Hex(signed), signatureSha256: sha256Hex(e.signature) };
  return Buffer.from(JSON.stringify(e));
}

describe('bundle parts inflate within bounds', () => {
  it('a signed part of < 64 MiB declaring (truthfully) 500 MiB is refused at once, without allocating it', async () => {
    const c = syntheticCommune(5);
    const bomb = await gzipStream(500 * 1024 * 1024);
    const file = withPart(c, bomb);
    expect(file.length).toBeLessThan(64 * 1024 * 1024);
    const peakBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const r = verifyBundle(file, [c.trusted]);
    const ms = performance.now() - started;
    const grewMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
    console.log(
      `500 MiB part in a ${(file.length / 1024 / 1024).toFixed(1)} MiB bundle: refused in ${Math.round(ms)} ms, peak RSS grew ${Math.round(grewMb)} MB`,
    );
    expect(r).toMatchObject({ ok: false, code: 'GZIP_BOMB' });
    expect(grewMb).toBeLessThan(200);
    expect(ms).toBeLessThan(2000);
  }, 120_000);

  it('a part claiming less than it inflates to stops at the claim; one at the per-part limit is refused from the claim', async () => {
    const c = syntheticCommune(6);
    const part = await gzipStream(8 * 1024 * 1024);
    expect(verifyBundle(withPart(c, part, 1024 * 1024), [c.trusted])).toMatchObject({ ok: false, code: 'GZIP_BOMB' });
    expect(verifyBundle(withPart(c, part, MAX_PART_BYTES + 1), [c.trusted])).toMatchObject({ ok: false, code: 'GZIP_BOMB' });
  }, 60_000);
});
