import { build, sha, type Rows } from './vector-builder';
import { baseManifest, baseRows } from './vector-rows';
import { base, KEY_A, keyCard } from './vector-keys';
import { singleCases, type Case } from './vector-cases';

/**
 * The conformance vectors (docs/bundle-vectors/): every file, its expected verdict and reason
 * code, made from two fixed test keys (they sign nothing real). Deterministic: Ed25519
 * signatures are, and gzip of the same bytes at the same level with mtime 0 is (for one zlib).
 * `npm run vectors` rewrites the folder; the unit test fails when it is out of date.
 */
export interface VectorEntry {
  file: string;
  /** "ok" or the importer's refusal code. */
  expect: string;
  why: string;
}
export interface ChainEntry {
  name: string;
  files: string[];
  /** Per file: "imported", "imported+gap", "duplicate", or a refusal code. */
  expect: string[];
  why: string;
}
export interface VectorIndex {
  about: string;
  keyCard: string;
  vectors: VectorEntry[];
  chains: ChainEntry[];
}

function chains(files: Record<string, Buffer>): ChainEntry[] {
  const s1 = build(base());
  const s2 = build(base({ manifest: baseManifest(2, s1.hash) }));
  const s3 = build(base({ manifest: baseManifest(3, s2.hash) }));
  const rowsOther: Rows = baseRows();
  (rowsOther.activities[0] as { title: string }).title = 'Tin khác cùng số thứ tự';
  const s1other = build(base({ rows: rowsOther }));
  const s2broken = build(base({ manifest: baseManifest(2, sha('not the previous bundle')) }));
  const s3gap = build(base({ manifest: baseManifest(3, s1.hash) }));
  const put = (name: string, b: { bytes: Buffer }) => ((files[`chain/${name}`] = b.bytes), `chain/${name}`);
  const f1 = put('seq1.cchc', s1);
  const f2 = put('seq2.cchc', s2);
  const f3 = put('seq3.cchc', s3);
  const f1o = put('seq1-other-content.cchc', s1other);
  const f2b = put('seq2-wrong-prevhash.cchc', s2broken);
  const f3g = put('seq3-after-seq1.cchc', s3gap);
  return [
    {
      name: 'in-order',
      files: [f1, f2, f3],
      expect: ['imported', 'imported', 'imported'],
      why: 'seq 1, 2, 3, each prevHash = the previous bundle hash',
    },
    { name: 'same-file-twice', files: [f1, f1], expect: ['imported', 'duplicate'], why: 'the latest bundle again is a no-op' },
    { name: 'replay', files: [f1, f2, f1], expect: ['imported', 'imported', 'REPLAYED'], why: 'an older bundle again after a newer one' },
    { name: 'seq-conflict', files: [f1, f1o], expect: ['imported', 'SEQ_CONFLICT'], why: 'another bundle with an imported seq' },
    { name: 'gap', files: [f1, f3g], expect: ['imported', 'imported+gap'], why: 'seq jumps 1 → 3: imported, the gap reported' },
    {
      name: 'gap-filled',
      files: [f1, f3g, f2],
      expect: ['imported', 'imported+gap', 'imported'],
      why: 'the missing seq 2 arrives later and fills the gap',
    },
    { name: 'first-is-not-1', files: [f2], expect: ['imported+gap'], why: 'a first bundle with seq 2: imported, seq 1 reported missing' },
    {
      name: 'chain-break',
      files: [f1, f2b],
      expect: ['imported', 'imported+gap'],
      why: 'prevHash differs from the last bundle: imported, reported',
    },
  ];
}

export function makeVectors(): { files: Record<string, Buffer>; index: VectorIndex } {
  const files: Record<string, Buffer> = {};
  files['test-key-a.cchc-key.json'] = Buffer.from(JSON.stringify(keyCard(KEY_A), null, 2) + '\n');
  const vectors: VectorEntry[] = [];
  for (const c of singleCases() as Case[]) {
    const file = `${c.expect === 'ok' ? 'valid' : 'invalid'}/${c.name}.cchc`;
    files[file] = c.bytes ?? build(base(c.knobs)).bytes;
    vectors.push({ file, expect: c.expect, why: c.why });
  }
  const index: VectorIndex = {
    about:
      'Conformance vectors for docs/bundle-format.md. Each file is verified alone against the key card (trust list = that card); chains are imported in order into an empty province. Made by tests/conformance/make-vectors.ts (npm run vectors).',
    keyCard: 'test-key-a.cchc-key.json',
    vectors,
    chains: chains(files),
  };
  return { files, index };
}
