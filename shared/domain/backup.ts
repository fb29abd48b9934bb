import { z } from 'zod';

/** Why a backup was made; shown to the officer in Vietnamese (vi.backup.reasons). */
export const BackupReason = z.enum(['daily', 'pre-migrate', 'pre-restore', 'manual']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A backup is a folder: manifest.json + cchc.sqlite + evidence/… (so evidence files travel with it). */
export const BACKUP_FORMAT = 'cchc-backup/1';
export const BACKUP_MANIFEST = 'manifest.json';
export const BACKUP_DB_FILE = 'cchc.sqlite';
export const BACKUP_EVIDENCE_DIR = 'evidence';
/** Names of backup folders the app itself writes: ASCII only, safe on FAT USB sticks. */
export const BackupName = z.string().regex(/^saoluu-[0-9TZ-]{10,24}-(daily|pre-migrate|pre-restore|manual)(-[0-9a-f]{4})?$/);

export const BackupCounts = z.object({
  plans: z.number().int().min(0),
  activities: z.number().int().min(0),
  evidenceFiles: z.number().int().min(0),
});

export const BackupManifestFile = z.object({
  path: z.string().min(1).max(500),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  /**
   * Order of making, 1, 2, 3… per data folder: the wall clock of a commune PC may be wrong
   * (set back to 2000, or ahead), so "newest" is decided by this, not by createdAt.
   * Absent in backups written before it existed (they count as older than any that have it).
   */
  seq: z.number().int().min(1).optional(),
  reason: BackupReason,
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(0),
  commune: z.string().max(300).nullable(),
  counts: BackupCounts,
  firstDate: z.string().max(10).nullable(),
  lastDate: z.string().max(10).nullable(),
  files: z.array(BackupManifestFile).max(1_000_000),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** What a backup holds, shown before anything is restored. */
export const BackupSummary = z.object({
  /** Folder (or bare .sqlite file) the backup was read from. */
  path: z.string(),
  name: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  commune: z.string().nullable(),
  counts: BackupCounts,
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  sizeBytes: z.number().int().min(0),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** A backup in the app's own backups folder. */
export const BackupEntry = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  commune: z.string().nullable(),
  activities: z.number().int().min(0),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** Which backup: one of the app's own (by name), a typed path (preview/CLI), or neither = ask with a folder dialog. */
export const BackupSource = z
  .object({
    name: BackupName.optional(),
    path: z.string().min(1).max(1000).optional(),
  })
  .strict()
  .refine((s) => !(s.name && s.path), { message: 'Chỉ chọn một nguồn sao lưu' });
export type BackupSource = z.infer<typeof BackupSource>;

/** Why the app started in recovery mode instead of opening the database. */
export const RecoveryInfo = z.object({
  code: z.enum(['DB_CORRUPT', 'DB_FROM_NEWER_VERSION']),
  message: z.string(),
  latestBackup: BackupEntry.nullable(),
});
export type RecoveryInfo = z.infer<typeof RecoveryInfo>;
