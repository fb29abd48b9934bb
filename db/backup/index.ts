/**
 * Backups and restore of the data folder, one idea per file:
 * paths (where things live), durable (fsync, hashes), manifest (reading a backup folder),
 * facts + inspect (what a database holds, checked without trusting it), create (making a
 * backup), rotate (listing and keeping), restore (the crash-safe swap), sweep (leftovers).
 */
export * from './paths';
export { sha256File } from './durable';
export { createBackup, type CreateBackupOptions, type CreatedBackup } from './create';
export { listBackups, rotateBackups, RETENTION, type LocalBackup } from './rotate';
export { inspectBackup, toSummary, type InspectedBackup } from './inspect';
export { commitRestore, completePendingRestore, rollbackRestore, stageRestore, swapIn, RESTORE_JOURNAL } from './restore';
export { sweepLeftovers, sweepTarget } from './sweep';
