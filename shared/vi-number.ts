import { numbersText as t } from './strings/numbers';
import { formatNumber } from './format';

/**
 * The one reader of numbers typed by a person — in a form field, an Excel text cell, a CSV, a
 * paste. Every screen and import calls it, so "1.200" means the same everywhere and nothing
 * typed is ever stored as a different number. The rules (the test re-implements them as its
 * oracle, tests/unit/vi-number.test.ts):
 *
 * - Spaces at both ends (also NBSP U+00A0 and narrow NBSP U+202F) are ignored; '' is "no value"
 *   (null), refused when the field is required.
 * - Vietnamese writes thousands with a dot or a space and decimals with a comma, as the app
 *   itself prints them (shared/format.ts formatNumber): "1200", "1.200", "1 200", "1\u00A0200",
 *   "1\u202F200", "12.000.000" all mean 1200 / 12000000. A grouped number has 1–3 digits, then
 *   groups of exactly 3 digits, all with the same separator; anything else ("1.20", "1.2.3",
 *   "1.200 300", "1..200") is refused — never guessed.
 * - Integer fields (every count, minute and year of the app) refuse a decimal part: "1,5" and
 *   "1.5" are refused, as are "1e3", "12abc", "abc", "+5", "0x10", full-width digits.
 * - Decimal fields accept one comma before the decimals ("1,5", "1.200,25"). A comma followed
 *   by exactly three digits after an ungrouped 1–3 digit whole part ("1,500") could be the
 *   English "one thousand five hundred": refused as ambiguous. A dot never starts decimals.
 * - A leading minus (-, −, –) is read, then the range refuses it: no field of the app is negative
 *   unless it says min < 0. Range (min, default 0; max) is checked on the value read.
 * - More than 15 significant digits is refused as too large (a double cannot hold it exactly).
 * Pure: no DOM, no Node.
 */

export interface NumberRules {
  /** The field as the officer sees it: every message names it. */
  label: string;
  /** Decimal field: a comma may start decimals. Default: whole numbers only. */
  decimal?: boolean;
  /** '' is refused instead of meaning "no value". */
  required?: boolean;
  /** Default 0. */
  min?: number;
  max?: number;
  /** What the message shows as a correct value; default "1.200" (integer; 5 when max < 2.000) or "1,5" (decimal). */
  example?: string;
}

export type NumberRead = { ok: true; value: number | null } | { ok: false; message: string };

/** Spaces a person or a spreadsheet puts around or inside a number. */
const SPACES = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g;
const GROUP_SEPARATORS = ['.', ' ', '\u00A0', '\u202F'] as const;

/** The whole part's digits, or null when it is neither plain digits nor well-formed groups. */
function wholeDigits(s: string): string | null {
  if (/^\d+$/.test(s)) return s;
  for (const sep of GROUP_SEPARATORS) {
    const groups = s.split(sep);
    if (groups.length < 2) continue;
    const [head, ...rest] = groups;
    if (/^\d{1,3}$/.test(head!) && rest.every((g) => /^\d{3}$/.test(g))) return groups.join('');
  }
  return null;
}

export function parseViNumber(text: string, rules: NumberRules): NumberRead {
  const { label } = rules;
  const decimal = rules.decimal ?? false;
  // The example is always a value the field accepts: "1.200" (it also shows the grouping) unless the field stops below 2.000.
  const smallExample = () => String(Math.min(rules.max!, Math.max(rules.min ?? 0, 5)));
  const example = rules.example ?? (decimal ? '1,5' : rules.max === undefined || rules.max >= 2000 ? '1.200' : smallExample());
  const malformed: NumberRead = { ok: false, message: decimal ? t.notDecimal(label, example) : t.notInteger(label, example) };
  const s = text.replace(SPACES, '');
  if (s === '') return rules.required ? { ok: false, message: t.required(label, example) } : { ok: true, value: null };

  const negative = /^[-−–]/.test(s);
  const body = negative ? s.slice(1) : s;
  const comma = body.indexOf(',');
  const wholeText = comma < 0 ? body : body.slice(0, comma);
  const fraction = comma < 0 ? null : body.slice(comma + 1);
  const whole = wholeDigits(wholeText);
  if (whole === null) return malformed;
  if (fraction !== null) {
    if (!decimal || !/^\d+$/.test(fraction)) return malformed;
    if (fraction.length === 3 && /^\d{1,3}$/.test(wholeText)) return { ok: false, message: t.ambiguous(label, s) };
  }
  const significant = (whole + (fraction ?? '')).replace(/^0+/, '');
  if (significant.length > 15) return { ok: false, message: rules.max !== undefined ? t.atMost(label, rules.max) : t.tooLarge(label) };

  const magnitude = Number(fraction === null ? whole : `${whole}.${fraction}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  const min = rules.min ?? 0;
  if (value < 0 && min >= 0) return { ok: false, message: t.negative(label) };
  if (value < min)
    return { ok: false, message: rules.max !== undefined && min > 0 ? t.between(label, min, rules.max) : t.atLeast(label, min) };
  if (rules.max !== undefined && value > rules.max)
    return { ok: false, message: min > 0 ? t.between(label, min, rules.max) : t.atMost(label, rules.max) };
  return { ok: true, value };
}

/** The text a number field starts with: the app's own way of writing the value ("1.200", "1,5"), or plain for years. */
export function numberFieldText(value: number | null, grouped = true): string {
  if (value === null || !Number.isFinite(value)) return '';
  if (!grouped) return String(value).replace('.', ',');
  return formatNumber(value, 20);
}
