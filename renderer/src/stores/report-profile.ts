import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import { deliverFile } from '../download';
import { fileToBase64 } from '../files';
import type { ReportProfile } from '../../../shared/domain/report-profile';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from './reports';

interface ProfileState {
  profile: ReportProfile | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  load(): Promise<void>;
  save(profile: ReportProfile): Promise<void>;
  importFile(file: File): Promise<void>;
  exportFile(): Promise<void>;
}

const t = vi.reportProfile;

/** Cài đặt → the province's report kinds and đề cương, and its configuration file. */
export const useReportProfileStore = create<ProfileState>((set) => {
  async function run<T>(fn: () => Promise<T>, notice: (v: T) => string | null): Promise<T | null> {
    set({ busy: true, error: null, notice: null });
    try {
      const v = await fn();
      set({ busy: false, notice: notice(v) });
      return v;
    } catch (e) {
      set({ busy: false, error: errorMessage(e) });
      return null;
    }
  }
  return {
    profile: null,
    busy: false,
    error: null,
    notice: null,
    async load() {
      const p = await run(
        () => invoke('reports.profile.get', {}),
        () => null,
      );
      if (p) set({ profile: p });
    },
    async save(profile) {
      const p = await run(
        () => invoke('reports.profile.save', { profile }),
        () => t.saved,
      );
      if (p) set({ profile: p });
    },
    async importFile(file) {
      const p = await run(
        async () => invoke('reports.profile.import', { fileName: file.name, base64: await fileToBase64(file) }),
        (v) => t.imported(v.source?.province ?? ''),
      );
      if (p) {
        set({ profile: p });
        // The file also carries the windows and deadlines: the rules form shows them at once.
        await useReportsStore.getState().loadRules();
      }
    },
    async exportFile() {
      const f = await run(
        () => invoke('reports.profile.export', {}),
        () => null,
      );
      if (f) deliverFile(f);
    },
  };
});
