import type { ReportFigures } from './report';
import { reportsText } from '../strings/reports';
import { formLabels } from './labels';
import { taskStatusLabel } from './task-label';
import { toRoman } from '../print/nd30';
import { completionLabel } from '../strings/plan-in-force';
import { formatNumber } from '../format';

/**
 * The tables of a report, once, as plain text: the print view, the .docx and the .xlsx all
 * render these, so the three outputs cannot disagree on a figure.
 */
export interface ReportTableColumn {
  label: string;
  width: number;
  numeric?: boolean;
}
export type ReportTableRow = { kind: 'row'; cells: (string | number)[] } | { kind: 'group'; label: string; title: string };
export interface ReportTable {
  key: 'indicators' | 'areas' | 'tasks' | 'forms' | 'evidence' | 'summary' | 'links';
  title: string;
  columns: ReportTableColumn[];
  rows: ReportTableRow[];
  note?: string;
}

const T = reportsText.tables;
const C = reportsText.criterion;

export { formatNumber };
export const cellText = (c: string | number): string => (typeof c === 'number' ? formatNumber(c) : c);

export function reportTables(f: ReportFigures): ReportTable[] {
  const forms = [...new Set(f.indicators.map((i) => i.form))];
  const indicatorRows: ReportTableRow[] = forms.flatMap((form, fi) => [
    { kind: 'group' as const, label: toRoman(fi + 1), title: formLabels[form] },
    ...f.indicators
      .filter((i) => i.form === form)
      .map((i, n) => ({ kind: 'row' as const, cells: [String(n + 1), i.label, i.unit, i.value, i.cumulative] })),
  ]);
  indicatorRows.push({ kind: 'row', cells: ['', T.total, reportsText.units.activity, f.totals.activities, f.totals.activitiesCum] });
  const tasks: ReportTableRow[] = f.tasks.map((t) => ({
    kind: 'row',
    cells: [
      t.order,
      t.content,
      taskStatusLabel(t.status),
      t.targetCount ?? '',
      t.activities,
      t.activitiesCum,
      `${formatNumber(t.percent)}%`,
    ],
  }));
  tasks.push({ kind: 'row', cells: ['', T.outsidePlan, '', '', f.outsidePlan.activities, f.outsidePlan.activitiesCum, ''] });
  const shown = f.evidence.length;
  return [
    {
      key: 'indicators',
      title: T.indicators,
      columns: [
        { label: T.order, width: 6 },
        { label: T.indicator, width: 52 },
        { label: T.unit, width: 14 },
        { label: T.inPeriod, width: 13, numeric: true },
        { label: T.cumulative, width: 15, numeric: true },
      ],
      rows: indicatorRows,
    },
    {
      key: 'areas',
      title: T.areas,
      columns: [
        { label: T.order, width: 6 },
        { label: T.area, width: 58 },
        { label: `${T.activities} (${T.inPeriod.toLowerCase()})`, width: 18, numeric: true },
        { label: `${T.activities} (${T.cumulative.toLowerCase()})`, width: 18, numeric: true },
      ],
      rows: f.areas.map((a, i) => ({ kind: 'row', cells: [String(i + 1), a.label, a.activities, a.activitiesCum] })),
    },
    {
      key: 'tasks',
      title: T.tasks,
      columns: [
        { label: T.order, width: 6 },
        { label: T.task, width: 40 },
        { label: T.taskStatus, width: 13 },
        { label: T.target, width: 9, numeric: true },
        { label: T.inPeriod, width: 10, numeric: true },
        { label: T.cumulative, width: 11, numeric: true },
        { label: T.percent, width: 11, numeric: true },
      ],
      rows: tasks,
      note: completionLabel(f.criterion4).text,
    },
    {
      key: 'forms',
      title: T.forms,
      columns: [
        { label: T.order, width: 6 },
        { label: T.form, width: 46 },
        { label: C.group, width: 16 },
        { label: T.activities, width: 14, numeric: true },
        { label: C.evidenceCount, width: 18, numeric: true },
      ],
      rows: f.forms.map((x, i) => ({
        kind: 'row',
        cells: [String(i + 1), x.label, x.online ? C.online : C.traditional, x.activities, x.evidence],
      })),
      note: C.scoreHint(completionLabel(f.criterion4).score, f.criterion4.score42),
    },
    {
      key: 'evidence',
      title: T.evidence,
      columns: [
        { label: T.order, width: 6 },
        { label: T.evidenceName, width: 34 },
        { label: T.evidenceActivity, width: 34 },
        { label: T.evidenceDate, width: 12 },
        { label: T.form, width: 14 },
      ],
      rows: f.evidence.map((e, i) => ({ kind: 'row', cells: [String(i + 1), e.name, e.activityTitle, dmy(e.date), formLabels[e.form]] })),
      note: shown === 0 ? T.noEvidence : f.evidenceTotal > shown ? T.evidenceMore(f.evidenceTotal - shown) : undefined,
    },
  ];
}

function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
