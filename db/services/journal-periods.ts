import { sql } from 'kysely';
import type { ServiceContext } from './context';
import type { Executor } from '../repositories/executor';
import { getReportRules } from './report-rules';
import { listPeriods, periodWindowOfKey, todayInVietnam } from './report-periods';
import { PERIODIC_KINDS, periodWindow, type DateWindow, type ReportRules } from '../../shared/domain/period';
import type { ActivityListQuery } from '../../shared/domain/activity';
import type { JournalPeriods, PeriodNote } from '../../shared/contract/journal-periods';

export { periodWindowOfKey };

/** The list query with a period turned into its report window (from/to are then the window's). */
export async function resolvePeriod<Q extends Pick<ActivityListQuery, 'period' | 'from' | 'to'>>(ctx: ServiceContext, q: Q): Promise<Q> {
  if (!q.period) return q;
  const w = await periodWindowOfKey(ctx, q.period);
  return { ...q, from: w.from, to: w.to };
}

/** Calendar years that hold a live activity: one index seek per year (activities_date). */
async function activityYears(db: Executor): Promise<number[]> {
  const years: number[] = [];
  let from = '0000-01-01';
  for (let i = 0; i < 500; i++) {
    const { rows } = await sql<{ d: string | null }>`
      SELECT min(date) AS d FROM activities WHERE deleted_at IS NULL AND date >= ${from}`.execute(db);
    const d = rows[0]?.d;
    if (!d) break;
    const y = Number(d.slice(0, 4));
    years.push(y);
    from = `${String(y + 1).padStart(4, '0')}-01-01`;
  }
  return years;
}

/** The span every window of a report year covers (a Quý I window may start in December before). */
function yearSpan(year: number, rules: ReportRules): DateWindow {
  const ws = PERIODIC_KINDS.map((k) => periodWindow(k, year, rules));
  return {
    from: ws.map((w) => w.from).sort()[0]!,
    to: ws
      .map((w) => w.to)
      .sort()
      .at(-1)!,
  };
}

async function anyActivityIn(db: Executor, w: DateWindow): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT EXISTS (SELECT 1 FROM activities WHERE deleted_at IS NULL AND date BETWEEN ${w.from} AND ${w.to}) AS n`.execute(db);
  return Number(rows[0]?.n) === 1;
}

/** Report years worth offering: this year, years with a plan or a report, and years whose windows hold an activity. */
export async function yearsWithData(ctx: ServiceContext, today: string): Promise<number[]> {
  const rules = await getReportRules(ctx);
  const years = new Set<number>([Number(today.slice(0, 4))]);
  const plans = await ctx.db.selectFrom('plans').select('year').distinct().execute();
  const reports = await ctx.db.selectFrom('reports').select('year').distinct().where('deleted_at', 'is', null).execute();
  for (const r of [...plans, ...reports]) years.add(r.year);
  const candidates = new Set((await activityYears(ctx.db)).flatMap((y) => [y - 1, y, y + 1]));
  for (const y of candidates) if (!years.has(y) && (await anyActivityIn(ctx.db, yearSpan(y, rules)))) years.add(y);
  return [...years].sort((a, b) => b - a);
}

type Offered = JournalPeriods['years'][number]['periods'][number];

/** A year's periods exactly as the Báo cáo screen lists them (profile, ad hoc reports, windows). */
async function offeredPeriods(ctx: ServiceContext, year: number, today: string): Promise<Offered[]> {
  return (await listPeriods(ctx, { year, today })).periods.map((p) => ({
    key: p.key,
    label: p.label,
    from: p.from,
    to: p.to,
    submitted: p.versions.at(-1)?.status === 'submitted',
  }));
}

/** The Nhật ký filter's periods: per year (newest first), the periods of the Báo cáo screen with their windows. */
export async function journalPeriods(ctx: ServiceContext, { today }: { today: string | null }): Promise<JournalPeriods> {
  const day = today ?? todayInVietnam();
  const years = await yearsWithData(ctx, day);
  return { years: await Promise.all(years.map(async (year) => ({ year, periods: await offeredPeriods(ctx, year, day) }))) };
}

/**
 * After a save: the first date that lies in a report period already submitted (its latest
 * version), with those periods and the open ones the activity will still count in.
 */
export async function periodNote(ctx: ServiceContext, { dates }: { dates: string[] }): Promise<PeriodNote | null> {
  const day = todayInVietnam();
  const byYear = new Map<number, Promise<Offered[]>>();
  const periodsOf = (year: number) => {
    if (!byYear.has(year)) byYear.set(year, offeredPeriods(ctx, year, day));
    return byYear.get(year)!;
  };
  for (const date of [...new Set(dates)].sort()) {
    const y = Number(date.slice(0, 4));
    const holding = (await Promise.all([y - 1, y, y + 1].map(periodsOf))).flat().filter((p) => p.from <= date && date <= p.to);
    const submitted = holding.filter((p) => p.submitted);
    if (!submitted.length) continue;
    return {
      date,
      submitted: submitted.map(({ key, label, from, to }) => ({ key, label, from, to })),
      counting: holding.filter((p) => !p.submitted).map((p) => p.label),
    };
  }
  return null;
}
