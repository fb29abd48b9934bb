import { common } from '../strings/common';
import { plansText } from '../strings/plans';
import { readWholeNumber } from '../numbers';

/** What a typed Chỉ tiêu means: a whole number ≥ 0, nothing (no target), or a Vietnamese reason — never −7 read as 7. */
export function parseTarget(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const s = text.trim();
  if (!s) return { ok: true, value: null };
  const n = readWholeNumber(s);
  // "1.200" and "1 200" are 1200, as everywhere else the app reads a number.
  if (n !== null && n <= 999_999_999) return { ok: true, value: n };
  if (/^[-−–]\s*\d/.test(s)) return { ok: false, message: common.validation.notNegative };
  return { ok: false, message: plansText.targetInvalid };
}
