import { numbersText as t } from '../strings/numbers';
import { numberFieldText, parseViNumber, type NumberRead, type NumberRules } from '../vi-number';

/**
 * Numbers in the cells of an imported file (.xlsx activity list, play log): read by the same
 * parser as the forms (shared/vi-number.ts), so "1.200" in a text cell is 1200 there too and a
 * cell that cannot be read gives the row a Vietnamese reason instead of a guess. A number cell
 * (Excel stored a real number) is written the app's way first and goes through the same rules:
 * 1.5 in a count cell is refused exactly like "1,5" typed.
 */
export type CellNumber = number | string;

const asText = (v: CellNumber): string => (typeof v === 'number' ? numberFieldText(v) : v);

/** A whole-number cell (a count, repeats); empty is null. */
export function readCountCell(v: CellNumber, rules: NumberRules): NumberRead {
  return parseViNumber(asText(v), rules);
}

/**
 * Airtime in whole minutes from a cell: a number of minutes (or of seconds, `seconds`), "5",
 * "5,5", "1.200", or a clock "05:30" (mm:ss) / "00:05:30" (hh:mm:ss). Part of a minute counts
 * as a minute (a station bills airtime that way); that rounding is the only change made.
 * Empty is null.
 */
export function readMinutesCell(v: CellNumber, label: string, seconds = false): NumberRead {
  const text = asText(v);
  const clock = /^\s*(\d{1,4}):(\d{1,2})(?::(\d{1,2}))?\s*$/.exec(text);
  if (clock) {
    const [, a, b, c] = clock.map(Number) as [number, number, number, number | undefined];
    const secs = clock[3] !== undefined ? a * 3600 + b * 60 + c! : a * 60 + b;
    return { ok: true, value: Math.ceil(secs / 60) };
  }
  const r = parseViNumber(text, { label, decimal: true, example: seconds ? t.secondsExample : t.minutesExample });
  if (!r.ok || r.value === null) return r;
  return { ok: true, value: Math.ceil(seconds ? r.value / 60 : r.value) };
}
