import { sha, type Knobs } from './vector-builder';
import { baseManifest } from './vector-rows';
import { KEY_A, KEY_B } from './vector-keys';
import { dirtyPadding, EMOJI, flipChar, sigWithSpecials, type Case, type Row } from './vector-helpers';

/** Vectors whose manifest or signature is invalid, altered or signed by the wrong key. */
export function manifestFaults(): Case[] {
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

export function signatureFaults(): Case[] {
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
