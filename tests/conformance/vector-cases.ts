import zlib from 'node:zlib';
import { build, canon, sha, type Knobs, type Part, type Rows } from './vector-builder';
import { baseManifest, baseRows, broadcast, evidence, ID } from './vector-rows';
import { base, KEY_A, KEY_B } from './vector-keys';

/** One vector: a name, the expected verdict ("ok" or a refusal code), why, and how to make it. */
export interface Case {
  name: string;
  expect: string;
  why: string;
  knobs?: Partial<Knobs>;
  bytes?: Buffer;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
type Row = Record<string, unknown>;
const rowsWith = (edit: (r: Rows) => void): Rows => {
  const r = baseRows();
  edit(r);
  return r;
};
const act = (i: number, edit: (a: Row & { details: Row }) => void): Partial<Knobs> => ({
  rows: rowsWith((r) => edit(r.activities[i] as Row & { details: Row })),
});
const text = (edit: (t: string) => string, over: Partial<Knobs> = {}): Partial<Knobs> => ({
  ...over,
  text: (e) => edit(JSON.stringify(e)),
});
const nest = (n: number): unknown => (n === 0 ? 1 : [nest(n - 1)]);
/** Replace the first occurrence of `find` in `buf` with `bytes`. */
const splice = (buf: Buffer, find: string, bytes: number[] | Buffer): Buffer => {
  const at = buf.indexOf(find);
  if (at < 0) throw new Error(`vector: no ${find}`);
  return Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at + Buffer.byteLength(find))]);
};
const rawActivities = (edit: (t: string) => string | Buffer): Partial<Knobs> => {
  const t = edit(canon(baseRows().activities).toString('utf8'));
  return { rawPart: { activities: Buffer.isBuffer(t) ? t : Buffer.from(t, 'utf8') } };
};
const rawReports = (edit: (t: string) => string): Partial<Knobs> => ({
  rawPart: { reports: Buffer.from(edit(canon(baseRows().reports).toString('utf8')), 'utf8') },
});
/** Flip the last padding bit of the character before `=`: same bytes for a lenient decoder. */
const dirtyPadding = (b64: string): string => {
  const i = b64.search(/=+$/) - 1;
  return b64.slice(0, i) + B64[B64.indexOf(b64[i]!) ^ 1] + b64.slice(i + 1);
};
const flipChar = (s: string, i: number): string => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
/** A part whose base64 ends with padding, so padding vectors really change something. */
const paddedPart = (): Part => {
  const env = JSON.parse(build(base()).bytes.toString('utf8')) as { parts: Record<Part, string> };
  return (Object.keys(env.parts) as Part[]).find((p) => env.parts[p].endsWith('=') && /[+/]/.test(env.parts[p]))!;
};
const reversedKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversedKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversedKeys(x)]),
        )
      : v;
const asciiEscaped = (t: string): string => t.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Signature text with '+' or '/' in it (so base64url differs), found by varying appVersion. */
const sigWithSpecials = (): Partial<Knobs> => {
  for (let v = 0; ; v++) {
    const m = { ...baseManifest(), appVersion: `1.0.${v}` };
    const env = JSON.parse(build(base({ manifest: m })).bytes.toString('utf8')) as { signature: string };
    if (/[+/]/.test(env.signature)) return { manifest: m };
  }
};
const EMOJI = '\u{1F600}';
const gzipWithName = (raw: Buffer): Buffer => {
  const gz = zlib.gzipSync(raw);
  const head = Buffer.from(gz.subarray(0, 10));
  head[3] = head[3]! | 0x08; // FNAME
  return Buffer.concat([head, Buffer.from('hoat-dong.json\0', 'latin1'), gz.subarray(10)]);
};

function valid(): Case[] {
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

function envelopeFaults(): Case[] {
  const good = build(base()).bytes;
  const part = paddedPart();
  return [
    { name: 'empty-file', expect: 'UNREADABLE', why: 'not JSON', bytes: Buffer.alloc(0) },
    { name: 'truncated', expect: 'UNREADABLE', why: 'cut in half', bytes: good.subarray(0, good.length >> 1) },
    { name: 'trailing-text', expect: 'UNREADABLE', why: 'text after the JSON value', knobs: text((t) => t + ' x') },
    { name: 'two-values', expect: 'UNREADABLE', why: 'a second JSON value after the first', knobs: text((t) => t + '{}') },
    {
      name: 'bom',
      expect: 'UNREADABLE',
      why: 'a UTF-8 byte-order mark is not allowed',
      knobs: { bytes: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) },
    },
    {
      name: 'invalid-utf8',
      expect: 'UNREADABLE',
      why: 'byte 0xFF is not UTF-8 (never read as U+FFFD)',
      knobs: { bytes: (b) => splice(b, 'Quy', [0xff, 0x51]) },
    },
    {
      name: 'overlong-utf8',
      expect: 'UNREADABLE',
      why: 'an overlong encoding (C0 AF for "/")',
      knobs: { bytes: (b) => splice(b, '1.0.0', [0x31, 0xc0, 0xaf]) },
    },
    {
      name: 'utf8-surrogate',
      expect: 'UNREADABLE',
      why: 'a surrogate encoded in UTF-8 (ED A0 80)',
      knobs: { bytes: (b) => splice(b, 'Quy', [0xed, 0xa0, 0x80]) },
    },
    {
      name: 'lone-surrogate-escape',
      expect: 'UNREADABLE',
      why: 'a \\ud800 escape that leaves a lone surrogate',
      knobs: text((t) => t.replace('Quyết', '\\ud800')),
    },
    {
      name: 'duplicate-envelope-key',
      expect: 'UNREADABLE',
      why: 'the same key twice in the envelope',
      knobs: text((t) => t.replace('{"format":"cchc-bundle/1"', '{"format":"cchc-bundle/1","format":"cchc-bundle/1"')),
    },
    {
      name: 'duplicate-manifest-key',
      expect: 'UNREADABLE',
      why: 'the same key twice in the manifest (last-wins would hide "seq":7)',
      knobs: text((t) => t.replace('"seq":1,', '"seq":7,"seq":1,')),
    },
    {
      name: 'duplicate-key-escaped',
      expect: 'UNREADABLE',
      why: 'keys are compared after unescaping: "s\\u0065q" is "seq"',
      knobs: text((t) => t.replace('"seq":1,', '"s\\u0065q":7,"seq":1,')),
    },
    {
      name: 'float-in-manifest',
      expect: 'UNREADABLE',
      why: 'only integers in the envelope: 1.0 canonicalises differently elsewhere',
      knobs: text((t) => t.replace('"seq":1,', '"seq":1.0,')),
    },
    {
      name: 'exponent-in-manifest',
      expect: 'UNREADABLE',
      why: 'only plain integers: 1e0',
      knobs: text((t) => t.replace('"seq":1,', '"seq":1e0,')),
    },
    {
      name: 'unsafe-integer',
      expect: 'UNREADABLE',
      why: 'integers beyond 2^53−1 are refused',
      knobs: text((t) => t.replace('"seq":1,', '"seq":9007199254740993,')),
    },
    { name: 'nan', expect: 'UNREADABLE', why: 'NaN is not JSON', knobs: text((t) => t.replace('"seq":1,', '"seq":NaN,')) },
    {
      name: 'depth-65',
      expect: 'UNREADABLE',
      why: 'nesting deeper than 64',
      knobs: { envelope: (e) => ((e.manifest as Row).appVersion = nest(64)) },
    },
    {
      name: 'unknown-envelope-field',
      expect: 'UNREADABLE',
      why: 'no fields beyond format, manifest, signature, check, parts',
      knobs: { envelope: (e) => (e.comment = 'gửi kèm') },
    },
    {
      name: 'unknown-part',
      expect: 'UNREADABLE',
      why: 'exactly the six parts',
      knobs: { envelope: (e) => ((e.parts as Row).photos = '') },
    },
    {
      name: 'missing-part',
      expect: 'UNREADABLE',
      why: 'exactly the six parts',
      knobs: { envelope: (e) => delete (e.parts as Row).evidence },
    },
    { name: 'missing-manifest', expect: 'UNREADABLE', why: 'manifest is required', knobs: { envelope: (e) => delete e.manifest } },
    { name: 'missing-signature', expect: 'UNREADABLE', why: 'signature is required', knobs: { envelope: (e) => delete e.signature } },
    { name: 'signature-not-text', expect: 'UNREADABLE', why: 'signature is a string', knobs: { envelope: (e) => (e.signature = 64) } },
    {
      name: 'signature-over-200',
      expect: 'UNREADABLE',
      why: 'signature text at most 200 characters',
      knobs: { signature: (_s, t) => t + 'A'.repeat(200) },
    },
    {
      name: 'check-extra-field',
      expect: 'UNREADABLE',
      why: 'check has exactly two fields',
      knobs: { check: (c) => ({ ...c, note: 'x' }) },
    },
    {
      name: 'check-upper-hex',
      expect: 'UNREADABLE',
      why: 'hashes are lowercase hex',
      knobs: { check: (c) => ({ ...c, manifestSha256: c.manifestSha256.toUpperCase() }) },
    },
    { name: 'part-not-text', expect: 'UNREADABLE', why: 'parts are strings', knobs: { envelope: (e) => ((e.parts as Row)[part] = 0) } },
    {
      name: 'format-other',
      expect: 'NOT_A_BUNDLE',
      why: 'format must be cchc-bundle/1',
      knobs: { envelope: (e) => (e.format = 'cchc-bundle/2') },
    },
    { name: 'format-missing', expect: 'NOT_A_BUNDLE', why: 'no format', knobs: { envelope: (e) => delete e.format } },
    { name: 'top-level-array', expect: 'NOT_A_BUNDLE', why: 'not an object', bytes: Buffer.from('[{"format":"cchc-bundle/1"}]') },
    { name: 'top-level-null', expect: 'NOT_A_BUNDLE', why: 'not an object', bytes: Buffer.from('null') },
  ];
}

function manifestFaults(): Case[] {
  const m = (over: Row): Partial<Knobs> => ({ manifest: { ...baseManifest(), ...over } });
  return [
    {
      name: 'manifest-altered',
      expect: 'MANIFEST_ALTERED',
      why: 'communeName changed after signing; check tells',
      knobs: { envelope: (e) => ((e.manifest as Row).communeName = 'xã Khác') },
    },
    {
      name: 'signature-altered',
      expect: 'SIGNATURE_ALTERED',
      why: 'one signature character changed; check tells',
      knobs: { envelope: (e) => (e.signature = flipChar(e.signature as string, 10)) },
    },
    { name: 'commune-name-201', expect: 'MANIFEST_INVALID', why: 'communeName ≤ 200', knobs: m({ communeName: 'x'.repeat(201) }) },
    {
      name: 'commune-name-201-emoji',
      expect: 'MANIFEST_INVALID',
      why: '201 code points > 200',
      knobs: m({ communeName: EMOJI.repeat(201) }),
    },
    { name: 'commune-name-empty', expect: 'MANIFEST_INVALID', why: 'communeName not empty', knobs: m({ communeName: '' }) },
    { name: 'commune-code-4-digits', expect: 'MANIFEST_INVALID', why: 'communeCode is 5 digits', knobs: m({ communeCode: '1090' }) },
    {
      name: 'commune-code-newline',
      expect: 'MANIFEST_INVALID',
      why: 'patterns match the whole text ("10903\\n" is not 5 digits)',
      knobs: m({ communeCode: '10903\n' }),
    },
    {
      name: 'commune-code-arabic-digits',
      expect: 'MANIFEST_INVALID',
      why: 'digits are ASCII 0–9 only',
      knobs: m({ communeCode: '١٠٩٠٣' }),
    },
    {
      name: 'period-upper-case',
      expect: 'MANIFEST_INVALID',
      why: 'period keys: ^\\d{4}-[0-9a-z-]{1,40}$',
      knobs: m({ periods: ['2026-Q2'] }),
    },
    {
      name: 'periods-65',
      expect: 'MANIFEST_INVALID',
      why: 'at most 64 periods',
      knobs: m({ periods: Array.from({ length: 65 }, (_, i) => `2026-adhoc-${i}`) }),
    },
    { name: 'seq-0', expect: 'MANIFEST_INVALID', why: 'seq ≥ 1', knobs: m({ seq: 0 }) },
    { name: 'seq-as-text', expect: 'MANIFEST_INVALID', why: 'seq is an integer', knobs: m({ seq: '1' }) },
    { name: 'prevhash-upper-hex', expect: 'MANIFEST_INVALID', why: 'lowercase hex', knobs: m({ prevHash: sha('x').toUpperCase() }) },
    {
      name: 'created-at-local-time',
      expect: 'MANIFEST_INVALID',
      why: 'createdAt has Z or an offset',
      knobs: m({ createdAt: '2026-07-05T08:00:00' }),
    },
    { name: 'scope-unknown', expect: 'MANIFEST_INVALID', why: 'scope is report or changes', knobs: m({ scope: 'all' }) },
    { name: 'manifest-extra-field', expect: 'MANIFEST_INVALID', why: 'no fields beyond the table', knobs: m({ note: 'x' }) },
    {
      name: 'manifest-missing-field',
      expect: 'MANIFEST_INVALID',
      why: 'every field is required',
      knobs: { editManifest: (x) => delete x.appVersion },
    },
    {
      name: 'digest-missing-count',
      expect: 'MANIFEST_INVALID',
      why: 'every part digest has five fields',
      knobs: { digests: (d) => delete d.evidence.count },
    },
    {
      name: 'manifest-is-null',
      expect: 'MANIFEST_INVALID',
      why: 'the manifest is an object',
      knobs: { envelope: (e) => (e.manifest = null), check: 'none' },
    },
    { name: 'untrusted-commune', expect: 'UNTRUSTED_COMMUNE', why: 'no key registered for 20002', knobs: m({ communeCode: '20002' }) },
    { name: 'wrong-key', expect: 'WRONG_KEY', why: '10903 is registered with another key', knobs: { key: KEY_B } },
  ];
}

function signatureFaults(): Case[] {
  const specials = sigWithSpecials();
  return [
    {
      name: 'signature-by-other-key',
      expect: 'BAD_SIGNATURE',
      why: 'signed by key B, claiming key A',
      knobs: { key: KEY_B, editManifest: (x) => (x.keyId = KEY_A.keyId) },
    },
    {
      name: 'manifest-altered-no-check',
      expect: 'BAD_SIGNATURE',
      why: 'without check the change shows as a bad signature',
      knobs: { check: 'none', envelope: (e) => ((e.manifest as Row).communeName = 'xã Khác') },
    },
    {
      name: 'signature-67-bytes',
      expect: 'BAD_SIGNATURE',
      why: 'the signature decodes to exactly 64 bytes',
      knobs: { signature: (s) => Buffer.concat([s, Buffer.from([1, 2, 3])]).toString('base64') },
    },
    {
      name: 'signature-63-bytes',
      expect: 'BAD_SIGNATURE',
      why: 'the signature decodes to exactly 64 bytes',
      knobs: { signature: (s) => s.subarray(0, 63).toString('base64') },
    },
    {
      name: 'signature-base64url',
      expect: 'BAD_SIGNATURE',
      why: 'standard alphabet only (no - _)',
      knobs: { ...specials, signature: (_s, t) => t.replace(/\+/g, '-').replace(/\//g, '_') },
    },
    {
      name: 'signature-no-padding',
      expect: 'BAD_SIGNATURE',
      why: 'padding is required',
      knobs: { signature: (_s, t) => t.replace(/=+$/, '') },
    },
    { name: 'signature-junk-after-padding', expect: 'BAD_SIGNATURE', why: 'nothing after =', knobs: { signature: (_s, t) => t + 'AAAA' } },
    {
      name: 'signature-dirty-padding-bits',
      expect: 'BAD_SIGNATURE',
      why: 'padding bits must be zero (one spelling per byte string)',
      knobs: { signature: (_s, t) => dirtyPadding(t) },
    },
    {
      name: 'signature-with-newline',
      expect: 'BAD_SIGNATURE',
      why: 'no whitespace inside base64',
      knobs: { signature: (_s, t) => t.slice(0, 44) + '\n' + t.slice(44) },
    },
    { name: 'signature-empty', expect: 'BAD_SIGNATURE', why: 'an empty signature', knobs: { signature: () => '' } },
  ];
}

function partFaults(): Case[] {
  const p = paddedPart();
  const MiB = 1024 * 1024;
  return [
    {
      name: 'part-altered',
      expect: 'PART_ALTERED',
      why: 'one base64 character of a part changed',
      knobs: { partText: { activities: (t) => flipChar(t, 40) } },
    },
    {
      name: 'parts-swapped',
      expect: 'PART_ALTERED',
      why: 'plans and activities exchanged (python -O once said OK)',
      knobs: {
        envelope: (e) => {
          const x = e.parts as Row;
          [x.plans, x.activities] = [x.activities, x.plans];
        },
      },
    },
    {
      name: 'part-base64url',
      expect: 'PART_ALTERED',
      why: 'standard alphabet only',
      knobs: { partText: { [p]: (t: string) => t.replace(/\+/g, '-').replace(/\//g, '_') } },
    },
    {
      name: 'part-no-padding',
      expect: 'PART_ALTERED',
      why: 'padding is required',
      knobs: { partText: { [p]: (t: string) => t.replace(/=+$/, '') } },
    },
    {
      name: 'part-junk-after-padding',
      expect: 'PART_ALTERED',
      why: 'nothing after =',
      knobs: { partText: { [p]: (t: string) => t + 'AAAA' } },
    },
    {
      name: 'part-dirty-padding-bits',
      expect: 'PART_ALTERED',
      why: 'padding bits must be zero',
      knobs: { partText: { [p]: dirtyPadding } },
    },
    {
      name: 'part-inflates-past-size',
      expect: 'GZIP_BOMB',
      why: 'inflates to more than the declared size',
      knobs: { digests: (d) => ((d.activities.size as number)--, undefined) },
    },
    {
      name: 'part-size-over-128mib',
      expect: 'GZIP_BOMB',
      why: 'declared size above 128 MiB',
      knobs: { digests: (d) => ((d.evidence.size = 128 * MiB + 1), undefined) },
    },
    {
      name: 'parts-total-over-192mib',
      expect: 'GZIP_BOMB',
      why: 'declared sizes together above 192 MiB, each under 128 MiB',
      knobs: { digests: (d) => ((d.reports.size = 100 * MiB), (d.evidence.size = 100 * MiB), undefined) },
    },
    {
      name: 'part-zip-bomb',
      expect: 'GZIP_BOMB',
      why: '5 MiB of spaces declared as 2 bytes',
      knobs: { rawPart: { evidence: Buffer.alloc(5 * 1024 * 1024, 0x20) }, digests: (d) => ((d.evidence.size = 2), undefined) },
    },
    {
      name: 'part-not-gzip',
      expect: 'PART_CORRUPT',
      why: 'the bytes are not gzip',
      knobs: { gzip: { activities: () => Buffer.from('không phải gzip') } },
    },
    {
      name: 'part-gzip-truncated',
      expect: 'PART_CORRUPT',
      why: 'gzip cut short',
      knobs: { gzip: { activities: (raw) => zlib.gzipSync(raw).subarray(0, -6) } },
    },
    {
      name: 'part-gzip-trailing-bytes',
      expect: 'PART_CORRUPT',
      why: 'nothing may follow the last gzip member',
      knobs: { gzip: { activities: (raw) => Buffer.concat([zlib.gzipSync(raw), Buffer.from([0, 0, 0, 0])]) } },
    },
    {
      name: 'part-size-short',
      expect: 'PART_CORRUPT',
      why: 'inflates to less than the declared size',
      knobs: { digests: (d) => ((d.activities.size as number)++, undefined) },
    },
    {
      name: 'part-sha256-wrong',
      expect: 'PART_CORRUPT',
      why: 'inflated bytes do not match sha256',
      knobs: { digests: (d) => ((d.activities.sha256 = sha('x')), undefined) },
    },
    {
      name: 'part-invalid-utf8',
      expect: 'PART_CORRUPT',
      why: 'byte 0xFF inside a part',
      knobs: rawActivities((t) => splice(Buffer.from(t), 'Tin', [0xff, 0x69, 0x6e])),
    },
    {
      name: 'part-utf8-surrogate',
      expect: 'PART_CORRUPT',
      why: 'ED A0 80 inside a part',
      knobs: rawActivities((t) => splice(Buffer.from(t), 'Tin', [0xed, 0xa0, 0x80])),
    },
    {
      name: 'part-lone-surrogate-escape',
      expect: 'PART_CORRUPT',
      why: '\\udc00 alone',
      knobs: rawActivities((t) => t.replace('Tin', '\\udc00')),
    },
    { name: 'part-bom', expect: 'PART_CORRUPT', why: 'no byte-order mark', knobs: rawActivities((t) => '\ufeff' + t) },
    {
      name: 'part-duplicate-key',
      expect: 'PART_CORRUPT',
      why: 'a row with "title" twice',
      knobs: rawActivities((t) => t.replace('"title":', '"title":"x","title":')),
    },
    {
      name: 'part-duplicate-key-escaped',
      expect: 'PART_CORRUPT',
      why: '"t\\u0069tle" is "title"',
      knobs: rawActivities((t) => t.replace('"title":', '"t\\u0069tle":"x","title":')),
    },
    {
      name: 'part-depth-65',
      expect: 'PART_CORRUPT',
      why: 'nesting deeper than 64',
      knobs: { rows: rowsWith((r) => ((r.reports[0] as Row).snapshot = nest(63))) },
    },
    {
      name: 'part-number-overflow',
      expect: 'PART_CORRUPT',
      why: 'numbers must be finite doubles (1e400)',
      knobs: rawReports((t) => t.replace('"ratio":0.75', '"ratio":1e400')),
    },
    {
      name: 'part-nan',
      expect: 'PART_CORRUPT',
      why: 'NaN is not JSON',
      knobs: rawReports((t) => t.replace('"ratio":0.75', '"ratio":NaN')),
    },
    { name: 'part-not-json', expect: 'PART_CORRUPT', why: 'not JSON', knobs: { rawPart: { plans: Buffer.from('[{"id":') } } },
  ];
}

function rowFaults(): Case[] {
  const bad = (name: string, why: string, edit: (a: Row & { details: Row }) => void, i = 0): Case => ({
    name,
    expect: 'WRONG_SCHEMA',
    why,
    knobs: act(i, edit),
  });
  return [
    {
      name: 'count-mismatch',
      expect: 'WRONG_SCHEMA',
      why: 'count differs from the rows',
      knobs: { digests: (d) => ((d.activities.count = 2), undefined) },
    },
    { name: 'part-is-object', expect: 'WRONG_SCHEMA', why: 'each part is an array', knobs: { rawPart: { plans: Buffer.from('{}') } } },
    bad('activity-extra-field', 'rows are strict', (a) => (a.source = 'x')),
    bad('activity-missing-title', 'title is required', (a) => delete a.title),
    bad('activity-blank-title', 'title not blank', (a) => (a.title = '   ')),
    bad('activity-nbsp-title', 'U+00A0 is white space for trim', (a) => (a.title = '\u00a0\u3000')),
    bad('date-not-in-calendar', '2026-02-30 is no date', (a) => (a.date = '2026-02-30')),
    bad('date-short-month', 'YYYY-MM-DD', (a) => (a.date = '2026-4-15')),
    bad('date-newline', 'the whole text must match', (a) => (a.date = '2026-04-15\n')),
    bad('date-arabic-digits', 'ASCII digits only', (a) => (a.date = '٢٠٢٦-04-15')),
    bad('end-before-start', 'endDate ≥ startDate', (a) => Object.assign(a.details, { startDate: '2026-05-31', endDate: '2026-05-01' }), 1),
    bad('note-5001', 'note ≤ 5000', (a) => (a.note = 'n'.repeat(5001))),
    bad('note-5001-emoji', '5001 code points > 5000', (a) => (a.note = EMOJI.repeat(5001))),
    bad('id-not-uuid', 'ids are UUIDs', (a) => (a.id = 'hd-1')),
    bad('duration-1441', 'durationMinutes ≤ 1440', (a) => (a.details.durationMinutes = 1441)),
    bad('attendees-negative', 'counts ≥ 0', (a) => (a.details.attendees = -1), 2),
    bad('count-fraction', 'counts are integers', (a) => (a.details.count = 2.5), 1),
    bad('kind-unknown', 'details.kind is one of the seven forms', (a) => (a.details.kind = 'radio')),
    bad('area-unknown', 'areas from the six CCHC areas', (a) => (a.areas = ['culture'])),
    {
      name: 'span-months-reversed',
      expect: 'WRONG_SCHEMA',
      why: 'span months: from ≤ to',
      knobs: { rows: rowsWith((r) => ((r.tasks[0] as Row).span = { kind: 'months', from: 9, to: 3 })) },
    },
    {
      name: 'evidence-upper-hex',
      expect: 'WRONG_SCHEMA',
      why: 'sha256 lowercase hex',
      knobs: { rows: rowsWith((r) => ((r.evidence[0] as Row).sha256 = 'CD'.repeat(32))) },
    },
    { name: 'evidence-size-unsafe', expect: 'WRONG_SCHEMA', why: 'integers ≤ 2^53−1', knobs: rawEvidenceSize() },
    {
      name: 'plan-year-1999',
      expect: 'WRONG_SCHEMA',
      why: 'plan year 2000–2100',
      knobs: { rows: rowsWith((r) => ((r.plans[0] as Row).year = 1999)) },
    },
    {
      name: 'duplicate-activity-id',
      expect: 'DUPLICATE_ID',
      why: 'two activities with one id (would count 2, store 1)',
      knobs: { rows: rowsWith((r) => r.activities.push({ ...broadcast, title: 'Bản sao' })) },
    },
    {
      name: 'duplicate-evidence',
      expect: 'DUPLICATE_ID',
      why: 'the same file twice for one activity',
      knobs: { rows: rowsWith((r) => r.evidence.push({ ...evidence, name: 'khac.jpg' })) },
    },
    {
      name: 'duplicate-plan-id',
      expect: 'DUPLICATE_ID',
      why: 'two plans with one id',
      knobs: { rows: rowsWith((r) => r.plans.push({ ...(r.plans[0] as Row), title: 'Kế hoạch khác' })) },
    },
  ];
}

function rawEvidenceSize(): Partial<Knobs> {
  const t = canon(baseRows().evidence).toString('utf8').replace('"size":20480', '"size":9007199254740993');
  return { rawPart: { evidence: Buffer.from(t) } };
}

export function singleCases(): Case[] {
  return [...valid(), ...envelopeFaults(), ...manifestFaults(), ...signatureFaults(), ...partFaults(), ...rowFaults()];
}
