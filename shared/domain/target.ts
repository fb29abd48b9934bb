import { parseViNumber, type NumberRules } from '../vi-number';
import { plansText } from '../strings/plans';

/** Chỉ tiêu as the one number reader sees it: a whole number ≥ 0, or empty for "no target". */
export const TARGET_RULES: Omit<NumberRules, 'label'> = { max: 999_999_999, example: '12' };

/** What a typed Chỉ tiêu means: a whole number ≥ 0 ("1.200" is 1200), nothing (no target), or a Vietnamese reason — never −7 read as 7. */
export function parseTarget(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  return parseViNumber(text, { label: plansText.extraColumns.target, ...TARGET_RULES });
}
