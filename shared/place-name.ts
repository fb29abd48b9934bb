/**
 * A commune's (or province's) name as documents need it (NĐ 30/2020): the địa danh of the date
 * line is the name without its unit type ("Tân Lập, ngày 05 tháng 12 năm 2026"); inside a
 * sentence the unit type is lower-case ("Ủy ban nhân dân xã Tân Lập", "UBND xã Tân Lập").
 * Whatever was typed — "Xã Tân Lập", "XÃ TÂN LẬP", a Vietnamese keyboard's decomposed accents
 * (Unikey "Unicode tổ hợp"), double spaces — gives the same words. The one place that splits a
 * name into its unit type and its proper name: every document template calls it.
 */

/** Unit types, the longer first ("thành phố" before a bare "thành…" name, "thị trấn" before "thị…"). */
const UNIT_TYPES = ['thị trấn', 'thành phố', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'thị xã', 'xã'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

const tidy = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
/** Vietnamese place names capitalise every syllable; a name typed all in capitals (or all in small letters) is brought back to that. */
const properName = (s: string) =>
  s === s.toLocaleUpperCase('vi') || s === s.toLocaleLowerCase('vi')
    ? s
        .toLocaleLowerCase('vi')
        .split(' ')
        .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
        .join(' ')
    : s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "Xã Tân Lập" → { unit: 'xã', name: 'Tân Lập' }; a bare "Tân Lập" → { unit: '', name: 'Tân Lập' }. */
export function splitPlaceName(typed: string): { unit: UnitType | ''; name: string } {
  const s = tidy(typed);
  const lower = s.toLocaleLowerCase('vi');
  const unit = UNIT_TYPES.find((u) => lower.startsWith(`${u} `)) ?? '';
  const rest = unit ? s.slice(unit.length).trim() : s;
  return { unit, name: rest ? properName(rest) : '' };
}

/** The địa danh of "…, ngày … tháng … năm …": the name without its unit type. */
export const placeName = (typed: string): string => splitPlaceName(typed).name;

/** The name inside a sentence: the unit type lower-case ("xã Tân Lập"), or the name alone when none was typed. */
export function nameInSentence(typed: string): string {
  const { unit, name } = splitPlaceName(typed);
  return [unit, name].filter(Boolean).join(' ');
}

/** The name at the start of a sentence or a line: "Xã Tân Lập". */
export function nameAtStart(typed: string): string {
  const s = nameInSentence(typed);
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
