import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from './context';
import * as repo from '../repositories/bundles';
import { writeFileAtomic } from '../files';
import { buildBundle, fingerprintOf, verifyBundle, type BuiltBundle } from './bundle-format';
import { getKeyCard, loadSigningKey } from './keys';
import { getCommuneSettings } from './settings';
import { rowToPlan, rowToSection, rowToTask } from './plans';
import { rowToActivity } from './activities';
import type { ReportRow } from '../schema';
import { AppError } from '../../shared/errors';
import { bundlesText } from '../../shared/strings/bundles';
import { BUNDLE_EXTENSION, type BundlePayload, type BundleScope, type OutboxEntry, type ReportSnapshot } from '../../shared/domain/bundle';
import { periodInfo, quarterKeyOf } from '../../shared/domain/deadlines';
import { newId, nowIso } from '../../shared/ids';
import { repairMalformedText } from '../../shared/text';
import { getReportRules } from './report-rules';
import { signedDocumentParts } from './signed-documents';
import { signedDocumentsByIds, signedDocumentsOf } from '../repositories/signed-documents';
import type { BundleCandidates, BundleTarget, BundleWritten } from '../../shared/contract/bundles';

const e = bundlesText.errors;

export function rowToReportSnapshot(r: ReportRow): ReportSnapshot {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    year: r.year,
    kind: r.kind,
    periodKey: r.period_key,
    version: r.version,
    status: r.status,
    fromDate: r.from_date,
    toDate: r.to_date,
    narrative: r.narrative,
    snapshot: r.snapshot === null ? null : (JSON.parse(r.snapshot) as ReportSnapshot['snapshot']),
    snapshotHash: r.snapshot_hash,
    submittedAt: r.submitted_at,
  };
}

/** Tables whose changes a "changes" bundle carries (units travel inside tasks and activities as names). */
const CARRIED_TABLES = new Set(['plans', 'plan_sections', 'plan_tasks', 'activities', 'reports', 'signed_documents']);

const periodLabel = (key: string) => periodInfo(key)?.label ?? key;

export async function getBundleCandidates(ctx: ServiceContext): Promise<BundleCandidates> {
  const reports = await repo.submittedReports(ctx.db);
  const mark = await repo.lastChangesMark(ctx.db);
  const changed = await repo.changedSince(ctx.db, mark);
  const last = await repo.lastOutbox(ctx.db);
  return {
    reports: reports.map((r) => ({
      id: r.id,
      periodKey: r.period_key,
      label: periodLabel(r.period_key),
      version: r.version,
      submittedAt: r.submitted_at!,
    })),
    pendingChanges: changed.filter((c) => CARRIED_TABLES.has(c.table_name)).length,
    nextSeq: (last?.seq ?? 0) + 1,
  };
}

interface Collected {
  payload: BundlePayload;
  periods: string[];
  scope: BundleScope;
  reportId: string | null;
  mark: number;
}

async function withEvidence(ctx: ServiceContext, p: Omit<BundlePayload, 'evidence'>): Promise<BundlePayload> {
  const ev = await repo.evidenceOf(
    ctx.db,
    p.activities.map((a) => a.id),
  );
  return { ...p, evidence: ev.map((x) => ({ activityId: x.activity_id, sha256: x.sha256, name: x.name, size: x.size, mime: x.mime })) };
}

/** A submitted report, every submitted version of its period, and the period's data. */
async function collectReport(ctx: ServiceContext, reportId: string): Promise<Collected> {
  const mark = await repo.changeLogHead(ctx.db);
  const report = await repo.findReport(ctx.db, reportId);
  if (!report || report.deleted_at) throw new AppError('NOT_FOUND', e.reportNotSubmitted);
  if (!report.submitted_at) throw new AppError('CONFLICT', e.reportNotSubmitted);
  const reports = await repo.submittedReportsOfPeriod(ctx.db, report.period_key);
  const plans = await repo.livePlansOfYear(ctx.db, report.year);
  const planIds = plans.map((p) => p.id);
  const payload = await withEvidence(ctx, {
    plans: plans.map(rowToPlan),
    sections: (await repo.liveSectionsOfPlans(ctx.db, planIds)).map(rowToSection),
    tasks: (await repo.liveTasksOfPlans(ctx.db, planIds)).map(rowToTask),
    activities: (await repo.liveActivitiesBetween(ctx.db, report.from_date, report.to_date)).map(rowToActivity),
    reports: reports.map(rowToReportSnapshot),
  });
  // The signed PDFs of the reports and plans travel with them (the bundle is then cchc-bundle/2).
  const signed = signedDocumentParts(ctx, [
    ...(await signedDocumentsOf(ctx.db, 'plan', planIds)),
    ...(await signedDocumentsOf(
      ctx.db,
      'report',
      reports.map((r) => r.id),
    )),
  ]);
  if (signed.length) payload.signedDocuments = signed;
  return { payload, periods: [report.period_key], scope: 'report', reportId, mark };
}

/** Everything the change log recorded since the last "changes" bundle, tombstones included. */
async function collectChanges(ctx: ServiceContext): Promise<Collected> {
  const mark = await repo.changeLogHead(ctx.db);
  const since = await repo.lastChangesMark(ctx.db);
  const changed = await repo.changedSince(ctx.db, since);
  const ids = (t: string) => changed.filter((c) => c.table_name === t).map((c) => c.row_id);
  const reports = (await repo.reportsByIds(ctx.db, ids('reports'))).filter((r) => r.submitted_at !== null);
  const payload = await withEvidence(ctx, {
    plans: (await repo.plansByIds(ctx.db, ids('plans'))).map(rowToPlan),
    sections: (await repo.sectionsByIds(ctx.db, ids('plan_sections'))).map(rowToSection),
    tasks: (await repo.tasksByIds(ctx.db, ids('plan_tasks'))).map(rowToTask),
    activities: (await repo.activitiesByIds(ctx.db, ids('activities'))).map(rowToActivity),
    reports: reports.map(rowToReportSnapshot),
  });
  const signed = signedDocumentParts(ctx, await signedDocumentsByIds(ctx.db, ids('signed_documents')));
  if (signed.length) payload.signedDocuments = signed;
  const total =
    payload.plans.length +
    payload.sections.length +
    payload.tasks.length +
    payload.activities.length +
    payload.reports.length +
    signed.length;
  if (total === 0) throw new AppError('CONFLICT', e.nothingToSend);
  const rules = await getReportRules(ctx);
  const periods = new Set([...payload.reports.map((r) => r.periodKey), ...payload.activities.map((a) => quarterKeyOf(a.date, rules))]);
  return { payload, periods: [...periods].sort().slice(0, 64), scope: 'changes', reportId: null, mark };
}

export interface PreparedBundle {
  built: BuiltBundle;
  fileName: string;
  collected: Collected;
  repairedTexts: number;
}

/** Collect, sign, name. Pure of disk writes: the bench and tests call it too. */
export async function prepareBundle(ctx: ServiceContext, what: BundleTarget['what']): Promise<PreparedBundle> {
  const settings = await getCommuneSettings(ctx);
  if (!settings) throw new AppError('NOT_FOUND', e.noSettings);
  const raw = what.kind === 'report' ? await collectReport(ctx, what.reportId) : await collectChanges(ctx);
  // Text stored before the one text rule may hold a lone surrogate, which canonical JSON cannot
  // carry: repair it in the bundle (and say so) rather than block the commune from sending.
  const fixed = repairMalformedText({ payload: raw.payload, settings });
  const collected = { ...raw, payload: fixed.value.payload };
  const who = fixed.value.settings;
  const key = await loadSigningKey(ctx);
  const last = await repo.lastOutbox(ctx.db);
  const seq = (last?.seq ?? 0) + 1;
  const built = buildBundle(
    {
      bundleId: newId(),
      communeCode: who.communeCode,
      communeName: who.communeName,
      province: who.province,
      seq,
      prevHash: last?.hash ?? null,
      createdAt: nowIso(),
      scope: collected.scope,
      periods: collected.periods,
      appVersion: ctx.appVersion,
    },
    collected.payload,
    key,
  );
  const tag = collected.scope === 'report' ? collected.periods[0]! : 'thaydoi';
  const fileName = `CCHC_${settings.communeCode}_${String(seq).padStart(6, '0')}_${tag}${BUNDLE_EXTENSION}`;
  return { built, fileName, collected, repairedTexts: fixed.repaired };
}

/** Write to the USB atomically, read it back, verify it as the province will, then log it. */
export async function createBundle(ctx: ServiceContext, input: BundleTarget): Promise<BundleWritten> {
  const folder = input.folder.trim();
  if (!folder) throw new AppError('INVALID_INPUT', e.folderRequired);
  let isDir: boolean;
  try {
    isDir = fs.statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new AppError('WRITE_FAILED', e.folderMissing(folder));
  const { built, fileName, collected, repairedTexts } = await prepareBundle(ctx, input.what);
  const target = path.join(folder, fileName);
  writeFileAtomic(target, built.bytes);
  const card = await getKeyCard(ctx);
  let back: Buffer;
  try {
    back = fs.readFileSync(target);
  } catch (err) {
    fs.rmSync(target, { force: true });
    throw new AppError('WRITE_FAILED', e.readBackFailed(String((err as NodeJS.ErrnoException).code ?? 'EIO')));
  }
  const check = back.equals(built.bytes) ? verifyBundle(back, [card]) : null;
  if (!check || !check.ok) {
    fs.rmSync(target, { force: true });
    throw new AppError('WRITE_FAILED', e.readBackFailed(check && !check.ok ? check.message : 'nội dung khác'));
  }
  const at = built.manifest.createdAt;
  await repo.insertOutbox(ctx.db, {
    id: built.manifest.bundleId,
    seq: built.manifest.seq,
    hash: built.hash,
    prev_hash: built.manifest.prevHash,
    file_name: fileName,
    folder,
    size: back.length,
    scope: collected.scope,
    periods: JSON.stringify(collected.periods),
    activities: collected.payload.activities.length,
    key_id: built.manifest.keyId,
    report_id: collected.reportId,
    change_seq: collected.mark,
    created_at: at,
  });
  return {
    fileName,
    path: target,
    size: back.length,
    seq: built.manifest.seq,
    hash: built.hash,
    fingerprint: fingerprintOf(built.manifest.keyId),
    activities: collected.payload.activities.length,
    periods: collected.periods,
    verified: true,
    repairedTexts,
  };
}

export async function listOutbox(ctx: ServiceContext): Promise<OutboxEntry[]> {
  const rows = await repo.listOutbox(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    hash: r.hash,
    fileName: r.file_name,
    folder: r.folder,
    size: r.size,
    scope: r.scope as BundleScope,
    periods: JSON.parse(r.periods) as string[],
    activities: r.activities,
    createdAt: r.created_at,
    fingerprint: fingerprintOf(r.key_id),
  }));
}

export async function pickBundleFolder(ctx: ServiceContext): Promise<{ folder: string | null }> {
  return { folder: await ctx.platform.pickFolder(bundlesText.folderTitle) };
}
