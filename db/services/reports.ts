import type { ServiceContext } from './context';
import { nowOf } from './clock';
import { insertReport, listPeriodVersions, updateDraft } from '../repositories/reports';
import { getReportProfile } from './report-profile';
import { getReportRules } from './report-rules';
import { canonicalJson, snapshotHash } from './canonical-json';
import { communeOrThrow, mustFind, phraseOf, rowToReport, versionInfo } from './report-rows';
import { computeFigures } from './figures';
import { cumulativeCheck } from './cumulative';
import { estimateFigures, estimateWindow, headerBlockers, narrativeBlockers, planGate } from './report-gate';
import type { ReportRow } from '../schema';
import {
  periodDeadline,
  periodKey,
  periodLabel,
  periodWindow,
  vietnamDate,
  type DateWindow,
  type PeriodicKind,
  type ReportKind,
} from '../../shared/domain/period';
import {
  type Report,
  ReportDoc,
  type ReportFigures,
  ReportSnapshot,
  SNAPSHOT_FORMAT,
  diffFigures,
  draftNarrative,
} from '../../shared/domain/report';
import type { CreateReportInput, ReportView, SubmitCheck } from '../../shared/contract/reports';
import { reportGateText } from '../../shared/strings/report-gate';
import { AppError } from '../../shared/errors';
import { reportsText } from '../../shared/strings/reports';
import { newId } from '../../shared/ids';
import { readReportSnapshotJson } from '../../shared/domain/snapshots/read';
import { placeName } from '../../shared/place-name';

/*
 * A report's life: open a draft, view it (live or frozen), save the text, check, submit (freeze
 * the snapshot and its hash), revise. Rules are in report-rules.ts, the periods screen in
 * report-periods.ts, files in report-export.ts, the canonical JSON in canonical-json.ts.
 */
const e = reportsText.errors;

function defaultDoc(
  kind: ReportKind,
  year: number,
  w: DateWindow,
  figures: ReportFigures,
  commune: { communeName: string; province: string; officerName: string },
  deadline: string | null,
): ReportDoc {
  const phrase = phraseOf(kind, year, w);
  const place = placeName(commune.communeName);
  const addressee = reportsText.doc.addresseeDefault(commune.province);
  return ReportDoc.parse({
    numberText: reportsText.doc.numberDefault,
    place,
    reportDate: null,
    title: reportsText.doc.titleDefault(phrase),
    addressee,
    sections: draftNarrative(figures, phrase, commune.communeName),
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: '' },
    recipients: reportsText.doc.recipientsDefault(addressee),
    deadline,
  });
}

/** Open the period's report: the current draft or latest version if there is one, else a new draft. */
export async function createReport(ctx: ServiceContext, input: CreateReportInput): Promise<Report> {
  const rules = await getReportRules(ctx);
  let window: DateWindow;
  let deadline: string | null;
  if (input.kind === 'adhoc') {
    if (!input.from || !input.to) throw new AppError('INVALID_INPUT', e.adhocNeedsRange);
    if (input.to < input.from) throw new AppError('INVALID_INPUT', e.adhocRange);
    window = { from: input.from, to: input.to };
    deadline = input.deadline;
  } else {
    if (input.from || input.to) throw new AppError('INVALID_INPUT', e.periodicNoRange);
    window = periodWindow(input.kind, input.year, rules);
    deadline = periodDeadline(input.kind, input.year, rules);
  }
  const year = input.kind === 'adhoc' ? Number(window.to.slice(0, 4)) : input.year;
  const key = periodKey(input.kind, year, window);
  const commune = await communeOrThrow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const existing = await listPeriodVersions(trx, key);
    if (existing.length) return existing[existing.length - 1]!.id;
    const figures = await computeFigures(trx, window, year, rules);
    const at = nowOf(ctx);
    const row: ReportRow = {
      id: newId(),
      year,
      kind: input.kind,
      period_key: key,
      version: 1,
      status: 'draft',
      from_date: window.from,
      to_date: window.to,
      narrative: JSON.stringify(defaultDoc(input.kind, year, window, figures, commune, deadline)),
      snapshot: null,
      snapshot_hash: null,
      submitted_at: null,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    };
    await insertReport(trx, row);
    return row.id;
  });
  return rowToReport(await mustFind(ctx.db, id));
}

export async function getReportView(ctx: ServiceContext, { id }: { id: string }): Promise<ReportView> {
  const row = await mustFind(ctx.db, id);
  const report = rowToReport(row);
  const rules = await getReportRules(ctx);
  const window = { from: report.from, to: report.to };
  const live = await computeFigures(ctx.db, window, report.year, rules);
  const versions = (await listPeriodVersions(ctx.db, report.periodKey)).map(versionInfo);
  const deadline = report.kind === 'adhoc' ? report.doc.deadline : periodDeadline(report.kind as PeriodicKind, report.year, rules);
  const label = periodLabel(report.kind, report.year, window);
  const phrase = phraseOf(report.kind, report.year, window);
  const { outline } = await getReportProfile(ctx);
  if (row.snapshot) {
    const snap = readReportSnapshotJson(row.snapshot);
    return {
      report,
      label: snap.report.label,
      phrase,
      deadline,
      figures: snap.figures,
      estimate: snap.estimate,
      cumulative: snap.cumulative,
      changes: diffFigures(snap.figures, live),
      versions,
      commune: snap.commune,
      // Printed as signed: the đề cương of the day it was submitted, when the snapshot has it.
      outline: snap.outline ?? outline,
    };
  }
  const c = await communeOrThrow(ctx);
  const cumulative = await cumulativeCheck(ctx.db, report.kind, report.year, rules, live.totals.activities, nowOf(ctx));
  return {
    report,
    label,
    phrase,
    deadline,
    figures: live,
    estimate: null,
    cumulative,
    changes: null,
    versions,
    commune: { communeName: c.communeName, communeCode: c.communeCode, province: c.province },
    outline,
  };
}

export async function saveReportDoc(ctx: ServiceContext, { id, doc }: { id: string; doc: ReportDoc }): Promise<Report> {
  const value = ReportDoc.parse(doc);
  const row = await mustFind(ctx.db, id);
  if (row.submitted_at) throw new AppError('CONFLICT', e.alreadySubmitted);
  if (row.kind !== 'adhoc') value.deadline = null;
  const n = await updateDraft(ctx.db, id, { narrative: JSON.stringify(value), updated_at: nowOf(ctx) });
  if (!n) throw new AppError('CONFLICT', e.alreadySubmitted);
  return rowToReport(await mustFind(ctx.db, id));
}

/** Freeze: figures computed now, with the text, stored once with their hash; never changed again. */
export async function submitReport(ctx: ServiceContext, { id }: { id: string }, now: string = nowOf(ctx)): Promise<Report> {
  const rules = await getReportRules(ctx);
  const commune = await communeOrThrow(ctx);
  const { outline } = await getReportProfile(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await mustFind(trx, id);
    if (row.submitted_at) throw new AppError('CONFLICT', e.alreadySubmitted);
    const report = rowToReport(row);
    const window = { from: report.from, to: report.to };
    const figures = await computeFigures(trx, window, report.year, rules);
    const blockers = [
      ...headerBlockers(report.doc),
      ...narrativeBlockers(report.doc, figures, phraseOf(report.kind, report.year, window), commune.communeName),
      ...(await planGate(trx, report.year, window.to)).blockers,
    ];
    if (blockers.length) throw new AppError('INVALID_INPUT', blockers.join('\n'));
    const submittedAt = now;
    const snapshot = ReportSnapshot.parse({
      format: SNAPSHOT_FORMAT,
      report: {
        kind: report.kind,
        year: report.year,
        periodKey: report.periodKey,
        version: report.version,
        label: periodLabel(report.kind, report.year, window),
        ...window,
      },
      commune: { communeName: commune.communeName, communeCode: commune.communeCode, province: commune.province },
      doc: report.doc,
      figures,
      estimate: await estimateFigures(trx, window, vietnamDate(submittedAt), report.year, rules),
      cumulative: await cumulativeCheck(trx, report.kind, report.year, rules, figures.totals.activities, submittedAt),
      submittedAt,
      outline,
    });
    const json = canonicalJson(snapshot);
    const n = await updateDraft(trx, id, {
      status: 'submitted',
      snapshot: json,
      snapshot_hash: snapshotHash(snapshot),
      submitted_at: submittedAt,
      updated_at: submittedAt,
    });
    if (!n) throw new AppError('CONFLICT', e.alreadySubmitted);
  });
  return rowToReport(await mustFind(ctx.db, id));
}

/** A corrected version (v2, v3…): a new draft with the latest text; the submitted ones stay. */
export async function reviseReport(ctx: ServiceContext, { id }: { id: string }): Promise<Report> {
  const newIdValue = await ctx.db.transaction().execute(async (trx) => {
    const row = await mustFind(trx, id);
    if (!row.submitted_at) throw new AppError('CONFLICT', e.notSubmitted);
    const versions = await listPeriodVersions(trx, row.period_key);
    const latest = versions[versions.length - 1]!;
    if (!latest.submitted_at) throw new AppError('CONFLICT', e.draftExists(latest.version));
    if (latest.id !== row.id) throw new AppError('CONFLICT', e.notLatest);
    const at = nowOf(ctx);
    const next: ReportRow = {
      ...row,
      id: newId(),
      version: row.version + 1,
      status: 'draft',
      snapshot: null,
      snapshot_hash: null,
      submitted_at: null,
      created_at: at,
      updated_at: at,
    };
    await insertReport(trx, next);
    return next.id;
  });
  return rowToReport(await mustFind(ctx.db, newIdValue));
}

/** What the confirm dialog shows before submitting: the same refusals submitReport would give, and the early-submission warning. */
export async function submitCheck(
  ctx: ServiceContext,
  { id, doc: onScreen = null }: { id: string; doc?: ReportDoc | null },
  now: string = nowOf(ctx),
): Promise<SubmitCheck> {
  const row = await mustFind(ctx.db, id);
  if (row.submitted_at) throw new AppError('CONFLICT', e.alreadySubmitted);
  const saved = rowToReport(row);
  const report = onScreen ? { ...saved, doc: ReportDoc.parse(onScreen) } : saved;
  const rules = await getReportRules(ctx);
  const window = { from: report.from, to: report.to };
  const figures = await computeFigures(ctx.db, window, report.year, rules);
  const commune = await communeOrThrow(ctx);
  const plan = await planGate(ctx.db, report.year, window.to);
  const blockers = [
    ...headerBlockers(report.doc),
    ...narrativeBlockers(report.doc, figures, phraseOf(report.kind, report.year, window), commune.communeName),
    ...plan.blockers,
  ];
  const estimate = estimateWindow(window, vietnamDate(now));
  return { blockers, estimate, warnings: [...(estimate ? [reportGateText.early(window.to, estimate.from)] : []), ...plan.warnings] };
}
