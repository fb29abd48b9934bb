import { formatText } from './strings/format';
import type { ReportKind } from './domain/period';

/**
 * The one place dates, times, period names and version labels are written for a reader.
 * Screens write dd/mm/yyyy and "HH:mm dd/mm/yyyy"; documents write NĐ 30's
 * "ngày 05 tháng 3 năm 2026". Pure: no Date parsing of local time, no Intl time zone —
 * Vietnam is UTC+7 all year, so the officer's clock is computed, not asked of the PC.
 */

const pad2 = (n: number | string) => String(n).padStart(2, '0');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** dd/mm/yyyy from a calendar date (yyyy-mm-dd…); '' for nothing; the text itself when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The officer's wall clock (UTC+7) for an instant, as numbers; null when the text is not an instant. */
export function vietnamClock(isoInstant: string): { y: number; m: number; d: number; hh: number; mm: number } | null {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) return null;
  const v = new Date(ms + 7 * 3_600_000);
  return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate(), hh: v.getUTCHours(), mm: v.getUTCMinutes() };
}

/** dd/mm/yyyy of the Vietnam day of an instant (an `…At` timestamp is UTC: its first 10 characters are not the officer's day). */
export function formatInstantDate(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const c = vietnamClock(isoInstant);
  return c ? `${pad2(c.d)}/${pad2(c.m)}/${c.y}` : isoInstant;
}

/** "HH:mm dd/mm/yyyy" in Vietnam time, for moments where the time matters (submitted, created, backed up). */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const c = vietnamClock(isoInstant);
  if (!c) return isoInstant;
  return `${pad2(c.hh)}:${pad2(c.mm)} ${pad2(c.d)}/${pad2(c.m)}/${c.y}`;
}

/**
 * NĐ 30/2020 (phụ lục I, mục 6): in a document's date a day below 10 and the months 1 and 2
 * take a leading 0; other months do not — "ngày 05 tháng 3 năm 2026", "ngày 20 tháng 01 năm 2026".
 */
export function nd30DayMonth(day: number, month: number): { day: string; month: string } {
  return { day: pad2(day), month: month <= 2 ? pad2(month) : String(month) };
}

/** "ngày 05 tháng 3 năm 2026" from yyyy-mm-dd; "ngày … tháng … năm …" (year kept when given) when there is no date yet. */
export function formatDateNd30(iso: string | null | undefined, yearIfBlank?: number): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return formatText.nd30Date('…', '…', yearIfBlank ? String(yearIfBlank) : '…');
  const dm = nd30DayMonth(Number(m[3]), Number(m[2]));
  return formatText.nd30Date(dm.day, dm.month, m[1]!);
}

/** "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "Đột xuất 01/05/2026–31/05/2026". */
export function formatPeriodName(kind: ReportKind, year: number, window?: { from: string; to: string }): string {
  if (kind === 'adhoc')
    return window ? formatText.adhocName(formatDate(window.from), formatDate(window.to)) : formatText.adhocName('…', '…');
  return formatText.periodName[kind](year);
}

/** A period key as a reader says it: `2026-q4` → "Quý IV/2026"; an unknown key is returned unchanged. */
export function formatPeriodKey(key: string): string {
  const adhoc = /^(\d{4})-adhoc-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (adhoc) return formatPeriodName('adhoc', Number(adhoc[1]), { from: adhoc[2]!, to: adhoc[3]! });
  const m = /^(\d{4})-([a-z0-9]+)$/.exec(key);
  if (m && Object.hasOwn(formatText.periodName, m[2]!)) return formatPeriodName(m[2] as ReportKind, Number(m[1]));
  return key;
}

/** "Bản 1, nộp lúc 21:30 ngày 01/12/2026"; "Bản 2 (bản nháp)" when not submitted yet. */
export function formatVersionLabel(version: number, submittedAt: string | null | undefined): string {
  const c = submittedAt ? vietnamClock(submittedAt) : null;
  if (!c) return formatText.versionDraft(version);
  return formatText.versionSubmitted(version, `${pad2(c.hh)}:${pad2(c.mm)}`, `${pad2(c.d)}/${pad2(c.m)}/${c.y}`);
}

const NUMBERS = new Map<number, Intl.NumberFormat>();
/**
 * "1.234", "12,5": every number a reader sees, with Vietnamese separators whatever the PC's
 * locale; at most `maxFractionDigits` decimals (3, as toLocaleString had). shared/vi-number.ts
 * reads it back.
 */
export function formatNumber(n: number, maxFractionDigits = 3): string {
  let f = NUMBERS.get(maxFractionDigits);
  if (!f) NUMBERS.set(maxFractionDigits, (f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits })));
  return f.format(n);
}

/** Today's date in Vietnam (yyyy-mm-dd), whatever time zone the PC is set to. */
export function todayInVietnam(nowMs: number = Date.now()): string {
  const c = vietnamClock(new Date(nowMs).toISOString())!;
  return `${c.y}-${pad2(c.m)}-${pad2(c.d)}`;
}

/** This year in Vietnam (the year of todayInVietnam, not of the PC's clock zone). */
export function yearInVietnam(nowMs: number = Date.now()): number {
  return Number(todayInVietnam(nowMs).slice(0, 4));
}
