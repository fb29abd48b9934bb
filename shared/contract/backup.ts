import { z } from 'zod';
import { channel, NoInput } from './channel';
import { BackupEntry, BackupSource, BackupSummary } from '../domain/backup';

export const BackupToFolderInput = z
  .object({
    /** Typed destination (preview/CLI); without it the host shows its folder dialog. */
    folder: z.string().min(1).max(1000).optional(),
    /** When given, the signing key is saved too, beside the backup, encrypted with this passphrase (issue 14.7). */
    passphrase: z.string().min(1).max(200).optional(),
  })
  .strict();

export const BackupToFolderResult = z.object({
  cancelled: z.boolean(),
  path: z.string().nullable(),
  summary: BackupSummary.nullable(),
  /** The key backup written beside it ("Sao lưu khoá"), when a passphrase was given. */
  keyFile: z.string().nullable().optional(),
});
export type BackupToFolderResult = z.infer<typeof BackupToFolderResult>;

export const BackupInspectResult = z.object({
  cancelled: z.boolean(),
  summary: BackupSummary.nullable(),
  /** Bundles sent to the province after this backup was made: a restore keeps them in the log (and says so). */
  sentAfter: z.number().int().min(0).optional(),
});
export type BackupInspectResult = z.infer<typeof BackupInspectResult>;

export const BackupRestoreInput = z
  .object({
    name: BackupSource.shape.name,
    path: BackupSource.shape.path,
    confirm: z.literal(true),
  })
  .strict()
  .refine((s) => !!s.name !== !!s.path, { message: 'Chọn đúng một bản sao lưu để khôi phục' });

export const BackupRestoreResult = z.object({
  restored: BackupSummary,
  /** The copy of the database as it was just before restoring (null in recovery mode). */
  safetyBackup: z.string().nullable(),
  /** The history the restore kept (db/backup/carry.ts); null when there was no readable live database. */
  carried: z
    .object({ bundles: z.number().int(), deleted: z.number().int(), resent: z.number().int(), reports: z.number().int() })
    .nullable()
    .optional(),
});
export type BackupRestoreResult = z.infer<typeof BackupRestoreResult>;

export const backupChannels = {
  'backup.list': channel(NoInput, z.array(BackupEntry)),
  'backup.toFolder': channel(BackupToFolderInput, BackupToFolderResult),
  'backup.inspect': channel(BackupSource, BackupInspectResult),
  'backup.restore': channel(BackupRestoreInput, BackupRestoreResult),
};
