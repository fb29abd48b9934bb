import { COMMUNICATION_FORMS } from './common';
import type { CountRow } from './bundle';
import type { ReportFigures } from './report-figures';
import { provinceFiguresText } from '../strings/province-figures';

/**
 * The one decision of which number the province shows for a commune and a period (the Tổng
 * hợp screen, its .xlsx/.docx/PDF and the `cchc report` CLI all get their rows from here):
 * what the commune SIGNED — its latest submitted report's frozen figures — when it submitted;
 * otherwise the recount of the activities it sent, labelled as such. The recount is still made
 * for a commune that submitted (over the report's own window) and shown beside the report's
 * figures when the two differ, so activities sent after the report are visible, never summed.
 */
export type FormTally = Readonly<Partial<Record<string, number>>>;

export interface CommuneFigureInput {
  communeCode: string;
  communeName: string;
  /** The latest submitted version; figures null when its snapshot cannot be read. */
  report: { version: number; figures: ReportFigures | null } | null;
  /** Imported activities per form, over the report's window (the period's when there is no readable report). */
  recount: FormTally;
}

const countsOf = (tally: FormTally): { counts: CountRow['counts']; total: number } => {
  const counts: CountRow['counts'] = Object.fromEntries(COMMUNICATION_FORMS.map((f) => [f, { n: 0 }]));
  let total = 0;
  for (const [form, n] of Object.entries(tally)) {
    if (!n) continue;
    counts[form] = { n: (counts[form]?.n ?? 0) + n };
    total += n;
  }
  return { counts, total };
};

const sameCounts = (a: CountRow['counts'], b: CountRow['counts']) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].every((f) => (a[f]?.n ?? 0) === (b[f]?.n ?? 0));

export function communeFigure(i: CommuneFigureInput): CountRow {
  const recount = countsOf(i.recount);
  const base = { communeCode: i.communeCode, communeName: i.communeName, reported: i.report !== null };
  if (!i.report || !i.report.figures) {
    return { ...base, basis: i.report ? 'reportUnreadable' : 'notReported', reportVersion: null, ...recount, recount: null };
  }
  const f = i.report.figures;
  const signed = countsOf(Object.fromEntries(f.forms.map((x) => [x.form, x.activities])));
  // The report's own "Tổng cộng" (equal to the sum of its forms in every snapshot we write).
  const total = f.totals.activities;
  const differs = recount.total !== total || !sameCounts(recount.counts, signed.counts);
  return { ...base, basis: 'report', reportVersion: i.report.version, counts: signed.counts, total, recount: differs ? recount : null };
}

/** The sum row: the sum of the figures shown above it (a recount is never added in). */
export function sumRow(rows: readonly CountRow[], label: string): CountRow {
  const counts: CountRow['counts'] = Object.fromEntries(COMMUNICATION_FORMS.map((f) => [f, { n: 0 }]));
  let total = 0;
  for (const r of rows) {
    for (const [form, c] of Object.entries(r.counts)) counts[form] = { n: (counts[form]?.n ?? 0) + c.n };
    total += r.total;
  }
  const all = rows.length > 0 && rows.every((r) => r.basis === 'report');
  return {
    communeCode: '',
    communeName: label,
    reported: rows.every((r) => r.reported),
    basis: all ? 'report' : 'notReported',
    reportVersion: null,
    counts,
    total,
    recount: null,
  };
}

const P = provinceFiguresText;

/** "Báo cáo đã nộp (bản 1)" or "Chưa nộp báo cáo — số liệu tính từ nhật ký đã gửi": the row's source, in words. */
export function figureSourceText(r: CountRow): string {
  return r.basis === 'report' ? P.source.report(r.reportVersion ?? 1) : P.source[r.basis];
}

/** The difference from the submitted report, in words ('' when there is none). */
export function figureNoteText(r: CountRow): string {
  if (!r.recount) return '';
  return r.recount.total === r.total ? P.differsByForm(r.recount.total) : P.differs(r.recount.total, r.total);
}
