import zlib from 'node:zlib';
import { openTestApp } from './app';
import type { FileTarget } from './hostile-targets';
import type { Envelope } from '../../shared/envelope';
import { prepareBundle } from '../../db/services/bundles';
import { loadSigningKey } from '../../db/services/keys';
import { importBundleBytes } from '../../db/services/province-import';
import { buildBundle, MAX_BUNDLE_BYTES, type ManifestDraft, type TrustedKeyRef } from '../../db/services/bundle-format';
import { PART_NAMES_V2, type BundlePayload, type ImportLine } from '../../shared/domain/bundle';

/** An import line as the suite's verdict: only "imported" counts as accepted. */
const asEnvelope = (l: ImportLine): Envelope<unknown> =>
  l.status === 'imported'
    ? { ok: true, value: l }
    : { ok: false, error: { code: 'BUNDLE_INVALID', message: l.message, details: { code: l.code, status: l.status } } };

/**
 * The province importing a real commune's bundle (issue 7): the demo commune signs its
 * changes with its own key; the province trusts that key; the suite attacks the province.
 */
export const bundleImportTarget: FileTarget = bundleTarget('province import of a signed .cchc bundle (importBundleBytes)', async () => {
  const commune = await openTestApp({ demo: true });
  return { commune, what: { kind: 'changes' } };
});

type Commune = Awaited<ReturnType<typeof openTestApp>>;

/** A target whose sample is the bundle `make` prepares at a commune (the commune is closed with the province). */
export function bundleTarget(
  name: string,
  make: () => Promise<{ commune: Commune; what: Parameters<typeof prepareBundle>[1] }>,
): FileTarget {
  return {
    name,
    kind: 'bundle',
    async setup() {
      const { commune, what } = await make();
      const province = await openTestApp();
      const prepared = await prepareBundle(commune.ctx, what);
      const key = await loadSigningKey(commune.ctx);
      const m = prepared.built.manifest;
      const trusted: TrustedKeyRef[] = [
        { keyId: m.keyId, communeCode: m.communeCode, communeName: m.communeName, publicKey: key.publicKey.toString('base64') },
      ];
      return {
        app: province,
        sample: prepared.built.bytes,
        feed: async (bytes, fileName) => asEnvelope(importBundleBytes(province.ctx, bytes, fileName, trusted)),
        primeWithSample: true,
        oversizeBytes: MAX_BUNDLE_BYTES,
        document: {
          decode(bytes) {
            const env = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
              manifest: Record<string, unknown>;
              parts: Record<string, string>;
            };
            const { format: _f, keyId: _k, parts: _p, ...draft } = env.manifest;
            const payload = Object.fromEntries(
              Object.entries(env.parts).map(([n, b64]) => [n, JSON.parse(zlib.gunzipSync(Buffer.from(b64, 'base64')).toString('utf8'))]),
            );
            // Shaped like the file (manifest draft + decoded parts) so every mutation has a place in it.
            return { manifest: draft, parts: payload };
          },
          encodeSigned(doc) {
            const d = doc as Record<string, unknown> & { manifest: ManifestDraft; parts: BundlePayload };
            // The next bundle in the chain, so each case reaches the checks behind the signature
            // instead of stopping at "this sequence number was already imported".
            const next = d.manifest && typeof d.manifest === 'object' && d.manifest.seq === m.seq;
            const draft = next
              ? { ...d.manifest, seq: m.seq + 1, prevHash: d.manifest.prevHash === m.prevHash ? prepared.built.hash : d.manifest.prevHash }
              : d.manifest;
            try {
              const bytes = buildBundle(draft, d.parts, key).bytes;
              // What buildBundle cannot produce (unknown parts, unknown top-level fields) goes into the file as is.
              const env = JSON.parse(bytes.toString('utf8')) as Record<string, unknown> & { parts: Record<string, string> };
              const extraParts = Object.keys(d.parts ?? {}).filter((k) => !(PART_NAMES_V2 as readonly string[]).includes(k));
              const extraTop = Object.keys(d).filter((k) => k !== 'manifest' && k !== 'parts');
              if (!extraParts.length && !extraTop.length) return bytes;
              for (const k of extraParts)
                env.parts[k] = zlib.gzipSync(JSON.stringify((d.parts as Record<string, unknown>)[k])).toString('base64');
              for (const k of extraTop) env[k] = d[k];
              return Buffer.from(JSON.stringify(env));
            } catch {
              // Not even signable (e.g. nesting too deep to canonicalise): send it unsigned.
              return Buffer.from(JSON.stringify({ format: m.format, manifest: draft, signature: '', check: {}, parts: d.parts }));
            }
          },
        },
        close: async () => {
          await commune.close();
          await province.close();
        },
      };
    },
  };
}
