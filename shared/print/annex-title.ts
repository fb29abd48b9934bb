import type { AnnexLayout, Decision } from '../domain/plan';
import { writableDate, writableNumber } from './blanks';
import { annexTitleText } from '../strings/plan-decision';

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

const UNIT_WORDS = ['thị trấn', 'thành phố', 'đặc khu', 'xã', 'phường', 'tỉnh', 'huyện', 'quận'];

/** "ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG" → "UBND xã Quyết Thắng" (Vietnamese place names are capitalised per syllable). */
export function issuerShort(issuer: string): string {
  const rest = issuer
    .trim()
    .replace(/^(ỦY|UỶ) BAN NHÂN DÂN\s*/iu, '')
    .toLocaleLowerCase('vi');
  const unit = UNIT_WORDS.find((u) => rest === u || rest.startsWith(`${u} `)) ?? '';
  const name = rest
    .slice(unit.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
  return [annexTitleText.ubnd, unit, name].filter(Boolean).join(' ');
}

/** The phụ lục's italic line: as typed, or filled from the plan's own số and ngày (or its QĐ's). */
export function annexSubtitle(p: AnnexTitleSource): string {
  if (!isAutoSubtitle(p.annex.subtitle) || p.year === undefined) return p.annex.subtitle;
  const of = p.issuer ? issuerShort(p.issuer) : '';
  if (p.decision)
    return annexTitleText.attachedToDecisionPlan(writableNumber(p.decision.numberText), writableDate(p.decision.issuedOn, p.year), of);
  return annexTitleText.attachedToPlan(writableNumber(p.numberText ?? ''), writableDate(p.issuedOn ?? null, p.year, p.issuedMonth), of);
}
