import { z } from 'zod';
import { channel, NoInput } from './channel';
import { ExportedFile } from './files';
import { Consolidated, ImportLine, ImportSummary, KeyInfo, OutboxEntry, ReportSnapshot, StatusMatrix, TrustedKey } from '../domain/bundle';

const Folder = z.string().trim().min(1).max(1_000);

export const BundleTarget = z
  .object({
    what: z.discriminatedUnion('kind', [z.object({ kind: z.literal('report'), reportId: z.uuid() }).strict(), z.object({ kind: z.literal('changes') }).strict()]),
    folder: Folder,
  })
  .strict();
export type BundleTarget = z.infer<typeof BundleTarget>;

export const BundleWritten = z.object({
  fileName: z.string(),
  path: z.string(),
  size: z.number().int(),
  seq: z.number().int(),
  hash: z.string(),
  fingerprint: z.string(),
  activities: z.number().int(),
  periods: z.array(z.string()),
  verified: z.literal(true),
});
export type BundleWritten = z.infer<typeof BundleWritten>;

export const BundleCandidates = z.object({
  reports: z.array(z.object({ id: z.string(), periodKey: z.string(), label: z.string(), version: z.number().int(), submittedAt: z.string() })),
  pendingChanges: z.number().int(),
  nextSeq: z.number().int(),
});
export type BundleCandidates = z.infer<typeof BundleCandidates>;

/** Checked and normalised by the service (2026-Q1 → 2026-q1), which explains a wrong key in Vietnamese. */
const PeriodInput = z.string().trim().min(6).max(20);

export const CommuneReport = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  periodLabel: z.string(),
  report: ReportSnapshot,
  versions: z.number().int(),
});
export type CommuneReport = z.infer<typeof CommuneReport>;

export const bundleChannels = {
  'bundles.keyInfo': channel(NoInput, KeyInfo),
  'bundles.keyCard': channel(NoInput, ExportedFile),
  'bundles.rotateKey': channel(NoInput, KeyInfo),
  'bundles.candidates': channel(NoInput, BundleCandidates),
  'bundles.pickFolder': channel(NoInput, z.object({ folder: z.string().nullable() })),
  'bundles.create': channel(BundleTarget, BundleWritten),
  'bundles.outbox': channel(NoInput, z.array(OutboxEntry)),
  'province.keys': channel(NoInput, z.array(TrustedKey)),
  'province.addKey': channel(z.object({ path: Folder }).strict(), TrustedKey),
  'province.import': channel(z.object({ folder: Folder }).strict(), ImportSummary),
  'province.importFile': channel(z.object({ path: Folder }).strict(), ImportLine),
  'province.status': channel(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), StatusMatrix),
  'province.report': channel(z.object({ period: PeriodInput }).strict(), Consolidated),
  'province.reportFile': channel(z.object({ period: PeriodInput, format: z.enum(['xlsx', 'docx', 'pdf']) }).strict(), ExportedFile),
  'province.communeReport': channel(z.object({ communeCode: z.string().regex(/^\d{5}$/), period: PeriodInput }).strict(), CommuneReport),
};
