import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViNumber, numberFieldText } from '../../shared/vi-number';
import { formatNumber } from '../../shared/format';

/**
 * The number parser against an oracle written from the rules in shared/vi-number.ts's comment,
 * character by character (no regular expressions), so a slip in either shows as a disagreement.
 */
const PADDING = [' ', '\t', '\u00A0', '\u202F'];
const SEPARATORS = ['.', ' ', '\u00A0', '\u202F'];
const MINUS = ['-', '−', '–'];
const isDigit = (c: string) => c >= '0' && c <= '9';

type Oracle = { refused: true } | { refused: false; value: number | null };

function oracle(text: string, decimal: boolean): Oracle {
  const refused: Oracle = { refused: true };
  let a = 0;
  let b = text.length;
  while (a < b && PADDING.includes(text[a]!)) a++;
  while (b > a && PADDING.includes(text[b - 1]!)) b--;
  let s = text.slice(a, b);
  if (s === '') return { refused: false, value: null };
  let negative = false;
  if (MINUS.includes(s[0]!)) {
    negative = true;
    s = s.slice(1);
  }
  let whole = s;
  let fraction: string | null = null;
  for (let i = 0; i < s.length; i++)
    if (s[i] === ',') {
      whole = s.slice(0, i);
      fraction = s.slice(i + 1);
      break;
    }
  // The whole part: digits only, or groups with one separator.
  const others = [...new Set([...whole].filter((c) => !isDigit(c)))];
  let digits: string;
  if (others.length === 0) {
    if (whole.length === 0) return refused;
    digits = whole;
  } else {
    if (others.length > 1 || !SEPARATORS.includes(others[0]!)) return refused;
    const groups = whole.split(others[0]!);
    if (groups[0]!.length < 1 || groups[0]!.length > 3) return refused;
    for (const g of groups.slice(1)) if (g.length !== 3) return refused;
    digits = groups.join('');
  }
  if (fraction !== null) {
    if (!decimal || fraction.length === 0 || ![...fraction].every(isDigit)) return refused;
    if (fraction.length === 3 && others.length === 0 && whole.length <= 3) return refused;
  }
  let lead = 0;
  const all = digits + (fraction ?? '');
  while (lead < all.length && all[lead] === '0') lead++;
  if (all.length - lead > 15) return refused;
  let magnitude = 0;
  for (const c of digits) magnitude = magnitude * 10 + (c.charCodeAt(0) - 48);
  if (fraction !== null) magnitude = Number(`${magnitude}.${fraction}`);
  if (negative && magnitude !== 0) return refused; // min 0: no negatives
  return { refused: false, value: magnitude };
}

const read = (text: string, decimal = false) => parseViNumber(text, { label: 'Số người dự', decimal });

describe('parseViNumber: what the officer typed is what is stored, or it is refused', () => {
  it('reads the reviewer’s examples', () => {
    expect(read('1.200')).toEqual({ ok: true, value: 1200 });
    expect(read('2.000')).toEqual({ ok: true, value: 2000 });
    expect(read('1.234')).toEqual({ ok: true, value: 1234 });
    expect(read('1 200')).toEqual({ ok: true, value: 1200 });
    expect(read('1\u00A0200')).toEqual({ ok: true, value: 1200 });
    expect(read('1\u202F200')).toEqual({ ok: true, value: 1200 });
    expect(read('1200')).toEqual({ ok: true, value: 1200 });
    expect(read(' 12.000.000 ')).toEqual({ ok: true, value: 12_000_000 });
    for (const bad of ['1,5', '1.5', '1e3', '12abc', 'abc', '1.20', '1..200', '1.200 300', '+5', '0x10', '１２', '1,000'])
      expect(read(bad), bad).toEqual({ ok: false, message: 'Số người dự phải là số nguyên, ví dụ 1.200' });
    expect(read('-5')).toEqual({ ok: false, message: 'Số người dự không được là số âm' });
    expect(read('')).toEqual({ ok: true, value: null });
    expect(parseViNumber('  ', { label: 'Số người dự', required: true })).toEqual({
      ok: false,
      message: 'Chưa nhập Số người dự. Hãy nhập một số, ví dụ 1.200',
    });
  });

  it('reads decimals with a comma and refuses the ambiguous ones', () => {
    expect(read('1,5', true)).toEqual({ ok: true, value: 1.5 });
    expect(read('1.200,25', true)).toEqual({ ok: true, value: 1200.25 });
    expect(read('1.5', true).ok).toBe(false);
    const ambiguous = read('1,500', true);
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.message).toContain('1.500');
  });

  it('checks the range and names the field', () => {
    const year = (s: string) => parseViNumber(s, { label: 'Năm', min: 2000, max: 2100, example: '2026' });
    expect(year('2026')).toEqual({ ok: true, value: 2026 });
    expect(year('1999')).toEqual({ ok: false, message: 'Năm phải từ 2.000 đến 2.100' });
    expect(year('20.26')).toEqual({ ok: false, message: 'Năm phải là số nguyên, ví dụ 2026' });
    expect(parseViNumber('1.441', { label: 'Thời lượng (phút)', max: 1440 })).toEqual({
      ok: false,
      message: 'Thời lượng (phút) tối đa là 1.440. Hãy kiểm tra lại số đã nhập',
    });
    expect(parseViNumber('1234567890123456', { label: 'X' }).ok).toBe(false);
    // The example in a message is a value the field accepts.
    expect(parseViNumber('1.5', { label: 'Thời lượng (phút)', max: 1440 })).toEqual({
      ok: false,
      message: 'Thời lượng (phút) phải là số nguyên, ví dụ 5',
    });
  });

  it('reads back every integer as the app writes it, in every grouping style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('', ' ', '\u00A0', '\u202F', '\t'),
        fc.boolean(),
        (n, sep, pad, plain) => {
          const written = plain ? String(n) : formatNumber(n).split('.').join(sep);
          expect(read(`${pad}${written}${pad}`)).toEqual({ ok: true, value: n });
          expect(read(numberFieldText(n))).toEqual({ ok: true, value: n });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back every decimal as the app writes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.stringMatching(/^\d{1,6}$/), (n, frac) => {
        const typed = `${formatNumber(n)},${frac}`;
        const expected = n <= 999 && frac.length === 3 ? null : Number(`${n}.${frac}`);
        const r = read(typed, true);
        if (expected === null) expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle on random text: refused, or exactly the oracle’s number', () => {
    const chars = fc.constantFrom(...'0123456789', '.', ',', ' ', '\u00A0', '\u202F', '\t', '-', '−', 'e', 'a', '+', 'x', '１');
    const text = fc.oneof(
      fc.array(chars, { maxLength: 14 }).map((cs) => cs.join('')),
      // Mostly digits and separators, so well-formed groups come up often.
      fc.array(fc.constantFrom(...'0123456789', '.', '.', ' ', ','), { maxLength: 12 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (s, decimal) => {
        const got = read(s, decimal);
        const want = oracle(s, decimal);
        if (want.refused) expect(got.ok, JSON.stringify(s)).toBe(false);
        else expect(got, JSON.stringify(s)).toEqual({ ok: true, value: want.value });
        // Never a silent different number: an accepted whole number holds exactly the typed digits.
        if (got.ok && got.value !== null && !decimal) expect(String(got.value)).toBe(s.replace(/\D/g, '').replace(/^0+(?=\d)/, ''));
      }),
      { numRuns: 20000 },
    );
  });
});
