import type { ServiceContext } from '../services/context';
import type { ActivityFields } from '../../shared/domain/activity';
import { periodDeadline, periodWindow, vietnamDate, type PeriodicKind } from '../../shared/domain/period';
import { nowIso } from '../../shared/ids';
import { prng } from './placeholders';
import { addDays, between } from './year-vocabulary';
import { LATE_ENTRY } from './year-activities';

/**
 * When each thing of the demo year happened, so that its rows read as a history that could have
 * been lived: the officer sets the app up when the plan arrives, logs an activity at the end of
 * its day or a day or two later, catches up on the morning a report goes out (and enters the
 * activities already scheduled up to the cut-off, the report's "ước thực hiện"), then submits.
 * Nothing is stamped after the moment the demo stands in ("today"). The one exception is
 * deliberate: LATE_ENTRY, logged after Quý I was submitted (the cộng dồn example).
 */

/** An instant given as a Việt Nam wall-clock time (UTC+7, no daylight saving). */
export function vnAt(date: string, hour: number, minute = 0): string {
  return new Date(Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`)).toISOString();
}

export const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/** The moment the demo stands in: now, when it is today; otherwise the afternoon of `today`. */
export function demoEnd(today: string, realNow: string = nowIso()): string {
  return vietnamDate(realNow) === today ? realNow : vnAt(today, 17);
}

/** The day the plan arrived and the officer set the app up (the plan cites a text of 14/01/2026). */
export const SETUP_DAY = '2026-01-16';

/** The reports of the year and when the officer sent them (a few days before the deadline; 6 tháng and 9 tháng with Quý II and III). */
export const REPORTS: { kind: PeriodicKind; numberText: string; daysEarly: number }[] = [
  { kind: 'q1', numberText: '21/BC-UBND', daysEarly: 4 },
  { kind: 'q2', numberText: '58/BC-UBND', daysEarly: 1 },
  { kind: 'h1', numberText: '59/BC-UBND', daysEarly: 1 },
  { kind: 'q3', numberText: '97/BC-UBND', daysEarly: 3 },
  { kind: 'm9', numberText: '98/BC-UBND', daysEarly: 3 },
];

export interface ReportMoment {
  kind: PeriodicKind;
  numberText: string;
  sentOn: string;
  window: { from: string; to: string };
  /** Drafted ("Tạo báo cáo"), then numbered and signed, then submitted: 09:00, 09:10, 09:30 (the cumulative one 20 minutes later). */
  draftedAt: string;
  savedAt: string;
  submittedAt: string;
}

/** The reports the demo has submitted by `end`, in the order they went out. */
export function reportMoments(year: number, end: string): ReportMoment[] {
  const out: ReportMoment[] = [];
  for (const r of REPORTS) {
    const sentOn = addDays(periodDeadline(r.kind, year), -r.daysEarly);
    // Quý II and 6 tháng go out the same morning: the quarter first.
    const lag = out.some((o) => o.sentOn === sentOn) ? 20 : 0;
    const draftedAt = minutesAfter(vnAt(sentOn, 9), lag);
    const m = {
      kind: r.kind,
      numberText: r.numberText,
      sentOn,
      window: periodWindow(r.kind, year),
      draftedAt,
      savedAt: minutesAfter(draftedAt, 10),
      submittedAt: minutesAfter(draftedAt, 30),
    };
    if (m.submittedAt <= end) out.push(m);
  }
  return out;
}

/**
 * When each activity was logged: the evening of its day or a day or two later; never before the
 * app was set up; before the first report that counts it was drafted (the officer catches up
 * that morning, and enters what is scheduled up to the cut-off); never after `end`.
 */
export function loggedAt(acts: readonly ActivityFields[], reports: readonly ReportMoment[], end: string, seed: number): string[] {
  const r = prng(seed + 2);
  const setup = vnAt(SETUP_DAY, 10);
  return acts.map((a) => {
    if (a.date === LATE_ENTRY.date && a.title === LATE_ENTRY.title) return earlier(vnAt(LATE_ENTRY.loggedOn, 15, 10), end);
    let at = later(vnAt(addDays(a.date, between(r, 0, 2)), 16, 30), setup);
    for (const rep of reports) if (a.date >= rep.window.from && a.date <= rep.window.to) at = earlier(at, vnAt(rep.sentOn, 8, 30));
    return earlier(at, end);
  });
}

/** When an activity's files were attached: in the sitting it was logged. */
export function evidenceAt(logged: string, end: string): string {
  return earlier(minutesAfter(logged, 5), end);
}

/** A context whose services stamp the demo's clock; `set` moves it (services read it at each write). */
export function clocked(ctx: ServiceContext, start: string): { ctx: ServiceContext; set(at: string): void } {
  let current = start;
  const inner = Object.create(ctx, { clock: { value: () => current } }) as ServiceContext;
  return {
    ctx: inner,
    set(at: string) {
      current = at;
    },
  };
}
