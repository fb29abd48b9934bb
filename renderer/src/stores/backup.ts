import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import { followJob } from './jobs';
import type { JobOf } from '../../../shared/contract/jobs';
import type { BackupEntry, BackupSource, BackupSummary } from '../../../shared/domain/backup';

interface BackupState {
  local: BackupEntry[];
  busy: boolean;
  error: string | null;
  /** Folder of the last successful "Sao lưu ra USB". */
  written: string | null;
  /** What the chosen backup holds, shown before restoring. */
  inspected: BackupSummary | null;
  /** Bundles sent to the province after the inspected backup was made (the confirmation says they stay sent). */
  sentAfter: number;
  restored: BackupSummary | null;
  /** What the next "Gửi tỉnh" will send again because of the restore (db/backup/carry.ts). */
  resend: number;
  loadLocal(): Promise<void>;
  /** With a passphrase, the signing key is saved beside the backup too ("Sao lưu khoá"). */
  toFolder(folder: string, passphrase?: string): Promise<void>;
  /** The running (or last) backup to USB, for its bar: it runs as a job and cannot be stopped half-way. */
  toFolderJob: JobOf<'backup.toFolder'> | null;
  keyFile: string | null;
  inspect(source: BackupSource): Promise<void>;
  restore(summary: BackupSummary, source: BackupSource): Promise<boolean>;
  reset(): void;
}

export const useBackupStore = create<BackupState>((set) => {
  const run = makeRun<BackupState>(set);
  return {
    local: [],
    busy: false,
    error: null,
    written: null,
    keyFile: null,
    toFolderJob: null,
    inspected: null,
    sentAfter: 0,
    restored: null,
    resend: 0,
    async loadLocal() {
      await run(async () => set({ local: await invoke('backup.list', {}) }));
    },
    async toFolder(folder, passphrase) {
      set({ written: null, keyFile: null, toFolderJob: null });
      await run(async () => {
        const input = { ...(folder.trim() ? { folder: folder.trim() } : {}), ...(passphrase ? { passphrase } : {}) };
        const { jobId } = await invoke('jobs.start', { job: 'backup.toFolder', input });
        const end = await followJob('backup.toFolder', jobId, (toFolderJob) => set({ toFolderJob }));
        if (end.state === 'failed') throw new Error(end.error ?? '');
        const r = end.result;
        if (r && !r.cancelled) set({ written: r.path, keyFile: r.keyFile ?? null });
      });
    },
    async inspect(source) {
      set({ inspected: null, restored: null });
      await run(async () => {
        const r = await invoke('backup.inspect', source);
        if (!r.cancelled) set({ inspected: r.summary, sentAfter: r.sentAfter ?? 0 });
      });
    },
    async restore(summary, source) {
      const r = await run(() => invoke('backup.restore', { ...source, confirm: true }));
      if (!r) return false;
      set({ restored: r.restored, inspected: null, resend: r.carried ? r.carried.deleted + r.carried.resent : 0 });
      return true;
    },
    reset() {
      set({ error: null, written: null, inspected: null, restored: null });
    },
  };
});
