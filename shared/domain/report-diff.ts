import type { ReportFigures } from './report-figures';
import { reportsText } from '../strings/reports';

export interface FigureChange {
  item: string;
  before: number;
  after: number;
}

/** What changed between the frozen figures and today's: one line per differing number. */
export function diffFigures(before: ReportFigures, after: ReportFigures): FigureChange[] {
  const out: FigureChange[] = [];
  const cmp = (item: string, b: number, a: number) => {
    if (b !== a) out.push({ item, before: b, after: a });
  };
  const t = reportsText.tables;
  cmp(`${t.total} (${t.inPeriod})`, before.totals.activities, after.totals.activities);
  cmp(`${t.total} (${t.cumulative})`, before.totals.activitiesCum, after.totals.activitiesCum);
  const idx = <T>(xs: T[], key: (x: T) => string) => new Map(xs.map((x) => [key(x), x]));
  const ai = idx(after.indicators, (x) => x.key);
  for (const b of before.indicators) {
    const a = ai.get(b.key);
    cmp(`${b.label} (${t.inPeriod}, ${b.unit})`, b.value, a?.value ?? 0);
    cmp(`${b.label} (${t.cumulative}, ${b.unit})`, b.cumulative, a?.cumulative ?? 0);
  }
  const aa = idx(after.areas, (x) => x.area);
  for (const b of before.areas) cmp(`${b.label} (${t.inPeriod})`, b.activities, aa.get(b.area)?.activities ?? 0);
  const at = idx(after.tasks, (x) => x.taskId);
  for (const b of before.tasks) {
    const a = at.get(b.taskId);
    cmp(`${t.task} ${b.order} (${t.inPeriod})`, b.activities, a?.activities ?? 0);
    cmp(`${t.task} ${b.order} (${t.percent}, %)`, b.percent, a?.percent ?? 0);
  }
  cmp(`${t.outsidePlan} (${t.inPeriod})`, before.outsidePlan.activities, after.outsidePlan.activities);
  cmp(`${t.evidence}`, before.evidenceTotal, after.evidenceTotal);
  return out;
}
