import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStrictJson } from '../../db/services/strict-json';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const opts = { maxDepth: 64 };

describe('strict JSON for untrusted files', () => {
  it('reads exactly what JSON.parse reads, for any JSON without repeated keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        const got = parseStrictJson(utf8(text), opts);
        expect(got).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any object holding one key twice, however it is escaped', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (o, n) => {
        const keys = Object.keys(o);
        const k = keys[n % keys.length]!;
        const escaped = JSON.stringify(k).replace(/[a-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const text = `{${escaped}:1,${JSON.stringify(o).slice(1)}`;
        expect(parseStrictJson(utf8(`[${text}]`), opts)).toEqual({ ok: false, fault: 'duplicateKey' });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses invalid UTF-8, a BOM, lone surrogates, deep nesting and numbers another language reads differently', () => {
    const cases: [Buffer, string, { maxDepth: number; integersOnly?: boolean }?][] = [
      [Buffer.from([0x22, 0xff, 0x22]), 'utf8'],
      [Buffer.from([0x22, 0xc0, 0xaf, 0x22]), 'utf8'],
      [Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), 'utf8'],
      [utf8('\ufeff{}'), 'syntax'],
      [utf8('"\\ud800"'), 'utf8'],
      [utf8('{"a\\udc00":1}'), 'utf8'],
      [utf8('['.repeat(65) + ']'.repeat(65)), 'depth'],
      [utf8('1e400'), 'number'],
      [utf8('{"seq":1.0}'), 'number', { maxDepth: 64, integersOnly: true }],
      [utf8('{"seq":9007199254740993}'), 'number', { maxDepth: 64, integersOnly: true }],
      [utf8('{"a":1}x'), 'syntax'],
    ];
    for (const [bytes, fault, o] of cases)
      expect(parseStrictJson(bytes, o ?? opts), bytes.toString('latin1')).toEqual({ ok: false, fault });
    expect(parseStrictJson(utf8('['.repeat(64) + ']'.repeat(64)), opts).ok).toBe(true);
    expect(parseStrictJson(utf8('"\\ud83d\\ude00 \\\\ud800"'), opts)).toEqual({ ok: true, value: '\u{1F600} \\ud800' });
  });
});
