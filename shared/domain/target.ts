import { common } from '../strings/common';
import { plansText } from '../strings/plans';

/** What a typed Chỉ tiêu means: a whole number ≥ 0, nothing (no target), or a Vietnamese reason — never −7 read as 7. */
export function parseTarget(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const s = text.trim();
  if (!s) return { ok: true, value: null };
  if (/^\d{1,9}$/.test(s)) return { ok: true, value: Number(s) };
  if (/^[-−–]\s*\d/.test(s)) return { ok: false, message: common.validation.notNegative };
  return { ok: false, message: plansText.targetInvalid };
}
