import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import type { BackupEntry, BackupSource, BackupSummary } from '../../../shared/domain/backup';

interface BackupState {
  local: BackupEntry[];
  busy: boolean;
  error: string | null;
  /** Folder of the last successful "Sao lưu ra USB". */
  written: string | null;
  /** What the chosen backup holds, shown before restoring. */
  inspected: BackupSummary | null;
  restored: BackupSummary | null;
  loadLocal(): Promise<void>;
  /** With a passphrase, the signing key is saved beside the backup too ("Sao lưu khoá"). */
  toFolder(folder: string, passphrase?: string): Promise<void>;
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
    inspected: null,
    restored: null,
    async loadLocal() {
      await run(async () => set({ local: await invoke('backup.list', {}) }));
    },
    async toFolder(folder, passphrase) {
      set({ written: null, keyFile: null });
      await run(async () => {
        const r = await invoke('backup.toFolder', {
          ...(folder.trim() ? { folder: folder.trim() } : {}),
          ...(passphrase ? { passphrase } : {}),
        });
        if (!r.cancelled) set({ written: r.path, keyFile: r.keyFile ?? null });
      });
    },
    async inspect(source) {
      set({ inspected: null, restored: null });
      await run(async () => {
        const r = await invoke('backup.inspect', source);
        if (!r.cancelled) set({ inspected: r.summary });
      });
    },
    async restore(summary, source) {
      const r = await run(() => invoke('backup.restore', { ...source, confirm: true }));
      if (!r) return false;
      set({ restored: r.restored, inspected: null });
      return true;
    },
    reset() {
      set({ error: null, written: null, inspected: null, restored: null });
    },
  };
});
