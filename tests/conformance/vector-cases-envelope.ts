import { build } from './vector-builder';
import { base } from './vector-keys';
import { nest, paddedPart, splice, text, type Case, type Row } from './vector-helpers';

/** Vectors whose envelope (the outer JSON) is unreadable or not a bundle. */
export function envelopeFaults(): Case[] {
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
      why: 'format must be cchc-bundle/1 or cchc-bundle/2',
      knobs: { envelope: (e) => (e.format = 'cchc-bundle/3') },
    },
    { name: 'format-missing', expect: 'NOT_A_BUNDLE', why: 'no format', knobs: { envelope: (e) => delete e.format } },
    { name: 'top-level-array', expect: 'NOT_A_BUNDLE', why: 'not an object', bytes: Buffer.from('[{"format":"cchc-bundle/1"}]') },
    { name: 'top-level-null', expect: 'NOT_A_BUNDLE', why: 'not an object', bytes: Buffer.from('null') },
  ];
}
