import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import { fileToBase64 } from '../files';
import type { DocxPreview } from '../../../shared/contract/plan-import';
import type { PlanDetail } from '../../../shared/contract/plans';

/** "Nhập kế hoạch từ Word": the chosen file, what the app recognised in it, and the apply step. */
interface DocxImportState {
  fileName: string | null;
  base64: string | null;
  preview: DocxPreview | null;
  error: string | null;
  working: boolean;
  choose(file: File): Promise<void>;
  apply(): Promise<PlanDetail | null>;
  reset(): void;
}

export const usePlanDocxImport = create<DocxImportState>((set, get) => ({
  fileName: null,
  base64: null,
  preview: null,
  error: null,
  working: false,
  async choose(file) {
    set({ fileName: file.name, base64: null, preview: null, error: null, working: true });
    try {
      const base64 = await fileToBase64(file);
      const preview = await invoke('plans.docxPreview', { fileName: file.name, base64 });
      set({ base64, preview, working: false });
    } catch (e) {
      set({ error: errorMessage(e), working: false });
    }
  },
  async apply() {
    const { fileName, base64 } = get();
    if (!fileName || !base64) return null;
    set({ working: true, error: null });
    try {
      const d = await invoke('plans.docxApply', { fileName, base64 });
      set({ working: false });
      return d;
    } catch (e) {
      set({ error: errorMessage(e), working: false });
      return null;
    }
  },
  reset() {
    set({ fileName: null, base64: null, preview: null, error: null, working: false });
  },
}));
