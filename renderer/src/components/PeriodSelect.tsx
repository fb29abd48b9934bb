import { NativeSelect } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore } from '../stores/activities';
import { calendarQuarterRange } from '../../../shared/domain/journal-periods';
import type { JournalPeriods, PeriodNote } from '../../../shared/contract/journal-periods';

const t = vi.journalPeriods;

/**
 * The Nhật ký's period filter. A report period ("Kỳ báo cáo Quý III/2026 (15/06–14/09/2026)")
 * is sent as its key and the service filters by that report's own window, so the list counts
 * what the report counts; calendar quarters are offered apart and never called "Quý"
 * ("Tháng 7–9/2026"). Years: those with data, and this year.
 */
export function PeriodSelect({ periods }: { periods: JournalPeriods | null }) {
  const { filter, setFilter } = useActivitiesStore();

  const byKey = new Map((periods?.years ?? []).flatMap((y) => y.periods.map((p) => [p.key, p] as const)));
  const data = [
    { value: '', label: t.all },
    ...(periods?.years ?? []).flatMap(({ year, periods: ps }) => [
      { group: t.reportGroup(year), items: ps.map((p) => ({ value: `r:${p.key}`, label: t.reportPeriod(p.label, p.from, p.to) })) },
      {
        group: t.calendarGroup(year),
        items: [1, 2, 3, 4].map((q) => ({ value: `c:${year}-${q}`, label: calendarQuarterRange(year, q).label })),
      },
    ]),
  ];
  // Shown from the filter itself (it outlives the page): a period key, else dates that are exactly a calendar quarter.
  const calendar = [1, 2, 3, 4].find((q) => {
    const r = filter.from ? calendarQuarterRange(Number(filter.from.slice(0, 4)), q) : null;
    return r && r.from === filter.from && r.to === filter.to;
  });
  const value = filter.period ? `r:${filter.period}` : calendar && filter.from ? `c:${filter.from.slice(0, 4)}-${calendar}` : '';
  return (
    <NativeSelect
      aria-label={t.filter}
      data-testid="period-filter"
      value={value}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (v.startsWith('r:')) {
          const p = byKey.get(v.slice(2));
          return void setFilter({ period: v.slice(2), from: p?.from ?? null, to: p?.to ?? null });
        }
        if (!v) return void setFilter({ period: null, from: null, to: null });
        const [y, q] = v.slice(2).split('-').map(Number) as [number, number];
        const { from, to } = calendarQuarterRange(y, q);
        void setFilter({ period: null, from, to });
      }}
      data={data}
      w={400}
    />
  );
}

/** Under the filters while a report period is chosen: its window in full, as the report states it. */
export function periodShowing(
  periods: JournalPeriods | null,
  filter: { period?: string | null; from?: string | null; to?: string | null },
) {
  const p = filter.period ? periods?.years.flatMap((y) => y.periods).find((x) => x.key === filter.period) : undefined;
  return p && filter.from && filter.to ? t.showing(p.label, filter.from, filter.to) : null;
}

/** "Lưu ý: ngày 20/08/2026 thuộc kỳ báo cáo Quý III/2026 (15/06–14/09/2026), báo cáo này đã nộp…" */
export function submittedNoteText(n: PeriodNote): string {
  const first = n.submitted[0]!;
  const others = n.submitted.slice(1).map((p) => p.label);
  return t.submittedNote(n.date, first.label, first.from, first.to, others, n.counting);
}
