import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import { deliverFile } from '../download';
import { fileToBase64 } from '../files';
import type { SignedDocumentInfo } from '../../../shared/domain/signed-document';
import { vi } from '../../../shared/strings/index';

interface SignedPdfState {
  /** The report the panel shows, and its kept signed PDF (null: none yet). */
  reportId: string | null;
  info: SignedDocumentInfo | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  load(reportId: string): Promise<void>;
  attach(file: File): Promise<void>;
  openFile(): Promise<void>;
}

/** "Đính kèm bản đã ký số": the PDF signed elsewhere for the submitted report on screen. */
export const useSignedPdfStore = create<SignedPdfState>((set, get) => {
  const run = makeRun<SignedPdfState>(set, { notice: true });
  return {
    reportId: null,
    info: null,
    busy: false,
    error: null,
    notice: null,
    async load(reportId) {
      if (get().reportId !== reportId) set({ reportId, info: null, error: null, notice: null });
      const info = await run(() => invoke('reports.signed.get', { id: reportId }));
      if (get().reportId === reportId) set({ info });
    },
    async attach(file) {
      const id = get().reportId;
      if (!id) return;
      const info = await run(
        async () => invoke('reports.signed.attach', { id, fileName: file.name, base64: await fileToBase64(file) }),
        vi.signedPdf.attached,
      );
      if (info && get().reportId === id) set({ info });
    },
    async openFile() {
      const id = get().reportId;
      if (!id) return;
      const file = await run(() => invoke('reports.signed.open', { id }));
      if (file) deliverFile(file);
    },
  };
});
