import zlib from 'node:zlib';
import { sha, type Rows } from './vector-builder';
import { baseManifest, baseRows, ID } from './vector-rows';
import { act, asciiEscaped, EMOJI, gzipWithName, nest, reversedKeys, rowsWith, text, type Case, type Row } from './vector-helpers';

/** Vectors a conforming importer must accept. */
export function valid(): Case[] {
  const emptyRows: Rows = { plans: [], sections: [], tasks: [], activities: [], reports: [], evidence: [] };
  const full = rowsWith((r) => {
    Object.assign(r.activities[0] as Row, {
      taskId: ID.task,
      areas: ['procedures', 'digitalGov'],
      unitName: 'Đài truyền thanh xã',
      note: '',
    });
    Object.assign((r.activities[0] as { details: Row }).details, { slots: ['sáng', 'chiều'], repeats: 2, station: 'Đài xã' });
  });
  return [
    { name: 'basic', expect: 'ok', why: 'a plain bundle: every part, check present' },
    { name: 'check-absent', expect: 'ok', why: '`check` is an optional hint', knobs: { check: 'none' } },
    {
      name: 'pretty-printed',
      expect: 'ok',
      why: 'whitespace between tokens does not matter',
      knobs: { text: (e) => JSON.stringify(e, null, 2) + '\n' },
    },
    {
      name: 'keys-reordered',
      expect: 'ok',
      why: 'key order of the envelope and manifest does not matter (the manifest is canonicalised)',
      knobs: { text: (e) => JSON.stringify(reversedKeys(e)) },
    },
    {
      name: 'unicode-escaped',
      expect: 'ok',
      why: '\\u escapes of non-ASCII text in the envelope are the same strings',
      knobs: text(asciiEscaped),
    },
    {
      name: 'all-parts-empty',
      expect: 'ok',
      why: 'a "changes" bundle with nothing in it',
      knobs: { rows: emptyRows, manifest: { ...baseManifest(), scope: 'changes', periods: [] } },
    },
    { name: 'defaults-written-out', expect: 'ok', why: 'defaulted fields may be present', knobs: { rows: full } },
    {
      name: 'multi-member-gzip',
      expect: 'ok',
      why: 'a part of two gzip members (RFC 1952 §2.2) inflates to their concatenation',
      knobs: { gzip: { activities: (raw) => Buffer.concat([zlib.gzipSync(raw.subarray(0, 50)), zlib.gzipSync(raw.subarray(50))]) } },
    },
    {
      name: 'gzip-stored',
      expect: 'ok',
      why: 'gzip level 0 (stored blocks)',
      knobs: { gzip: { activities: (raw) => zlib.gzipSync(raw, { level: 0 }) } },
    },
    {
      name: 'gzip-with-file-name',
      expect: 'ok',
      why: 'optional gzip header fields (FNAME)',
      knobs: { gzip: { activities: gzipWithName } },
    },
    {
      name: 'commune-name-200',
      expect: 'ok',
      why: 'communeName at the 200 limit',
      knobs: { manifest: { ...baseManifest(), communeName: 'x'.repeat(200) } },
    },
    {
      name: 'commune-name-200-emoji',
      expect: 'ok',
      why: 'lengths count code points: 200 emoji (400 UTF-16 units) fit 200',
      knobs: { manifest: { ...baseManifest(), communeName: EMOJI.repeat(200) } },
    },
    {
      name: 'periods-64',
      expect: 'ok',
      why: 'at most 64 period keys',
      knobs: { manifest: { ...baseManifest(), periods: Array.from({ length: 64 }, (_, i) => `2026-adhoc-${i}`) } },
    },
    {
      name: 'seq-max-safe',
      expect: 'ok',
      why: 'seq up to 2^53−1',
      knobs: { manifest: { ...baseManifest(), seq: Number.MAX_SAFE_INTEGER } },
    },
    {
      name: 'first-with-prevhash',
      expect: 'ok',
      why: 'alone, a bundle with seq 5 and a prevHash imports (the gap is reported)',
      knobs: { manifest: baseManifest(5, sha('bundle 4')) },
    },
    {
      name: 'snapshot-depth-64',
      expect: 'ok',
      why: 'JSON nesting at the limit: part array, report, 62 arrays',
      knobs: { rows: rowsWith((r) => ((r.reports[0] as Row).snapshot = nest(62))) },
    },
    {
      name: 'part-not-canonical',
      expect: 'ok',
      why: 'parts need not be canonical JSON: their hashes cover the bytes as sent',
      knobs: { rawPart: { activities: Buffer.from(JSON.stringify(reversedKeys(baseRows().activities), null, 1)) } },
    },
    { name: 'title-u001c-not-blank', expect: 'ok', why: 'U+001C is not white space for trim', knobs: act(0, (a) => (a.title = '\u001c')) },
    {
      name: 'note-5000-emoji',
      expect: 'ok',
      why: '5000 emoji = 5000 code points, the note limit',
      knobs: act(0, (a) => (a.note = EMOJI.repeat(5000))),
    },
    {
      name: 'deleted-rows',
      expect: 'ok',
      why: 'deleted rows travel with deletedAt',
      knobs: act(1, (a) => (a.deletedAt = '2026-07-04T00:00:00+07:00')),
    },
  ];
}
