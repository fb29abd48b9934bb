import type { Executor } from '../repositories/executor';
import { computeFigures, yearPlanInForce } from './figures';
import { planInForceText } from '../../shared/strings/plan-in-force';
import {
  NARRATIVE_KEYS,
  draftNarrative,
  estimateOf,
  type EstimateFigures,
  type ReportDoc,
  type ReportFigures,
} from '../../shared/domain/report';
import { staleNumbers } from '../../shared/domain/narrative-check';
import { type DateWindow, type ReportRules } from '../../shared/domain/period';
import { reportGateText as g } from '../../shared/strings/report-gate';

/**
 * The submit gate (issue 12): what must be true before a report is frozen, and what an early
 * submission turns into an estimate. Used by submitReport (which refuses) and by the
 * renderer's confirm dialog (through reports.submitCheck, which shows the same messages).
 */

/** Số, ngày and người ký: the three fields without which the document cannot be filed. */
export function headerBlockers(doc: ReportDoc): string[] {
  const out: string[] = [];
  // The default "…/BC-UBND" has no number yet.
  if (!/\d/.test(doc.numberText.replace(/\/BC-.*$/i, '')) || /…|\.\.\./.test(doc.numberText)) out.push(g.missingNumber);
  if (!doc.reportDate) out.push(g.missingDate);
  if (!doc.signer.name.trim()) out.push(g.missingSigner);
  return out;
}

/**
 * The plan behind criterion 4.1 (docs/REPORTS.md "Nộp báo cáo khi kế hoạch chưa có nhiệm vụ"):
 * a year that has a plan whose plan in force has no task is refused (4.1 would be 0/0); a year
 * with no plan at all, or with a plan left out (not linked), is a warning.
 */
export async function planGate(db: Executor, year: number, windowEnd: string): Promise<{ blockers: string[]; warnings: string[] }> {
  const p = await yearPlanInForce(db, year, windowEnd);
  if (!p.base) return { blockers: [], warnings: [planInForceText.submitNoPlan(year)] };
  return {
    blockers: p.tasks.length ? [] : [planInForceText.submitNoTasks(year, p.base.title)],
    warnings: p.unlinked.map((u) => planInForceText.submitNotCounted(u.title)),
  };
}

/** Numbers in the text that no longer match the figures they were drafted from. */
export function narrativeBlockers(doc: ReportDoc, figures: ReportFigures, phrase: string, commune: string): string[] {
  const fresh = draftNarrative(figures, phrase, commune);
  return NARRATIVE_KEYS.flatMap((k) => staleNumbers(g.sectionNames[k] ?? k, doc.sections[k], fresh[k])).map((m) =>
    g.staleNarrative(m.section, m.found, m.expected),
  );
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Submitted on `day` (Vietnam date) before the cut-off: the days after it up to the cut-off. */
export function estimateWindow(window: DateWindow, day: string): DateWindow | null {
  if (day >= window.to) return null;
  const from = day < window.from ? window.from : nextDay(day);
  return { from, to: window.to };
}

export async function estimateFigures(
  db: Executor,
  window: DateWindow,
  day: string,
  year: number,
  rules: ReportRules,
): Promise<EstimateFigures | null> {
  const w = estimateWindow(window, day);
  return w ? estimateOf(await computeFigures(db, w, year, rules)) : null;
}
