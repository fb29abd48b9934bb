import type { Executor } from '../repositories/executor';
import { changedAfter, countPerWindow, latestSubmitted } from '../repositories/cumulative';
import { readReportSnapshotJson } from '../../shared/domain/snapshots/read';
import type { CumulativeCheck } from '../../shared/domain/report';
import { periodKey, periodLabel, periodWindow, type PeriodicKind, type ReportKind, type ReportRules } from '../../shared/domain/period';
import type { CommunicationForm } from '../../shared/domain/common';

/** The quarter reports a cumulative report is the sum of. */
const PARTS: Partial<Record<ReportKind, PeriodicKind[]>> = { h1: ['q1', 'q2'], m9: ['q1', 'q2', 'q3'], year: ['q1', 'q2', 'q3', 'q4'] };
const CHANGES_LISTED = 100;
// Counted (not listed) beyond this many changes per quarter: enough for any commune year.
const CHANGES_COUNTED = 10_000;

/**
 * Cộng dồn explained: each quarter's submitted total beside today's recount of the same
 * window, their sums, and what changed in the log after each submission. Null for a
 * quarter or an ad hoc report.
 *
 * A change counts when it happened after the quarter's submission and by `until` (the moment
 * of this report: its submission, or now for a draft). A row stamped later than that (a clock
 * set wrong, a restored backup) is not a change this report can know of: a signed report never
 * lists an event dated after itself.
 */
export async function cumulativeCheck(
  db: Executor,
  kind: ReportKind,
  year: number,
  rules: ReportRules,
  recomputed: number,
  until: string,
): Promise<CumulativeCheck | null> {
  const kinds = PARTS[kind];
  if (!kinds) return null;
  const windows = kinds.map((q) => periodWindow(q, year, rules));
  const subs = await Promise.all(kinds.map((q) => latestSubmitted(db, periodKey(q, year))));
  // Nothing submitted yet: the quarters are today's log as the report is, nothing to explain.
  if (!subs.some(Boolean)) return null;
  const counts = await countPerWindow(db, windows);
  const changes: CumulativeCheck['changes'] = [];
  let changesTotal = 0;
  const parts = [];
  for (const [i, q] of kinds.entries()) {
    const w = windows[i]!;
    const sub = subs[i];
    const label = periodLabel(q, year);
    const reported = sub?.snapshot ? readReportSnapshotJson(sub.snapshot).figures.totals.activities : null;
    parts.push({ label, ...w, version: sub?.version ?? null, submittedAt: sub?.submitted_at ?? null, reported, recomputed: counts[i]! });
    if (!sub?.submitted_at) continue;
    const at = sub.submitted_at;
    for (const r of await changedAfter(db, w.from, w.to, at, until, CHANGES_COUNTED)) {
      const deleted = r.deleted_at !== null && r.deleted_at <= until;
      // Added and deleted after the submission: it was never counted, and is not now.
      if (r.created_at > at && deleted) continue;
      changesTotal++;
      if (changes.length >= CHANGES_LISTED) continue;
      const change = r.created_at > at ? 'added' : deleted && r.deleted_at! > at ? 'deleted' : 'edited';
      changes.push({
        part: label,
        date: r.date,
        title: r.title,
        form: r.kind as CommunicationForm,
        change,
        at: change === 'added' ? r.created_at : change === 'deleted' ? r.deleted_at! : r.updated_at,
      });
    }
  }
  const sumOfReports = parts.reduce((s, p) => s + (p.reported ?? p.recomputed), 0);
  return { parts, sumOfReports, recomputed, changes, changesTotal };
}
