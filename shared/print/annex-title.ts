import type { AnnexLayout, Decision } from '../domain/plan';
import { writableDate, writableNumber } from './blanks';
import { annexTitleText } from '../strings/plan-decision';
import { nameInSentence } from '../place-name';

/** The plan fields the phụ lục's "(Kèm theo …)" line is filled from. */
export interface AnnexTitleSource {
  annex: Pick<AnnexLayout, 'subtitle'>;
  year?: number;
  issuer?: string;
  numberText?: string;
  issuedOn?: string | null;
  issuedMonth?: number | undefined;
  decision?: Decision | undefined;
}

/**
 * The app's own default line from before it was filled automatically ("số /KH-UBND ngày
 * /01/2026"): still blank, so it is treated as "fill from the plan" rather than as typed text.
 */
const UNFILLED_DEFAULT = /^\(Kèm theo Kế hoạch số\s*\/KH-UBND ngày\s*\/\d{1,2}\/\d{4} của /u;

/** Is the subtitle left to the app (empty, or the old unfilled default)? */
export const isAutoSubtitle = (subtitle: string): boolean => subtitle.trim() === '' || UNFILLED_DEFAULT.test(subtitle.trim());

/** "ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG" → "UBND xã Quyết Thắng" (the unit type lower-case inside a sentence, NĐ 30). */
export function issuerShort(issuer: string): string {
  const rest = issuer
    .normalize('NFC')
    .trim()
    .replace(/^(ỦY|UỶ) BAN NHÂN DÂN\s*/iu, '');
  return [annexTitleText.ubnd, nameInSentence(rest)].filter(Boolean).join(' ');
}

/** The phụ lục's italic line: as typed, or filled from the plan's own số and ngày (or its QĐ's). */
export function annexSubtitle(p: AnnexTitleSource): string {
  if (!isAutoSubtitle(p.annex.subtitle) || p.year === undefined) return p.annex.subtitle;
  const of = p.issuer ? issuerShort(p.issuer) : '';
  if (p.decision)
    return annexTitleText.attachedToDecisionPlan(writableNumber(p.decision.numberText), writableDate(p.decision.issuedOn, p.year), of);
  return annexTitleText.attachedToPlan(writableNumber(p.numberText ?? ''), writableDate(p.issuedOn ?? null, p.year, p.issuedMonth), of);
}
