import { create } from 'zustand';
import { errorMessage } from '../bridge';
import { fileToBase64 } from '../files';

/** A file import's screen state: the chosen file, what the app recognised in it, then apply. */
export interface FileImportState<P, R, A extends unknown[]> {
  fileName: string | null;
  base64: string | null;
  preview: P | null;
  error: string | null;
  working: boolean;
  choose(...args: [...A, File]): Promise<void>;
  apply(...args: A): Promise<R | null>;
  reset(): void;
}

/**
 * One store per import (phụ lục from Excel, plan from Word): `preview` reads the file and
 * changes nothing; `apply` sends the same bytes again and writes them in one transaction.
 * Failures become the screen's Vietnamese message.
 */
export function createFileImportStore<P, R, A extends unknown[]>(calls: {
  preview(file: { fileName: string; base64: string }, ...args: A): Promise<P>;
  apply(file: { fileName: string; base64: string }, ...args: A): Promise<R>;
}) {
  const empty = { fileName: null, base64: null, preview: null, error: null, working: false };
  return create<FileImportState<P, R, A>>((set, get) => ({
    ...empty,
    async choose(...input) {
      const file = input[input.length - 1] as File;
      const args = input.slice(0, -1) as A;
      set({ ...empty, fileName: file.name, working: true });
      try {
        const base64 = await fileToBase64(file);
        const preview = await calls.preview({ fileName: file.name, base64 }, ...args);
        set({ base64, preview, working: false });
      } catch (e) {
        set({ error: errorMessage(e), working: false });
      }
    },
    async apply(...args) {
      const { fileName, base64 } = get();
      if (!fileName || !base64) return null;
      set({ working: true, error: null });
      try {
        const done = await calls.apply({ fileName, base64 }, ...args);
        set({ working: false });
        return done;
      } catch (e) {
        set({ error: errorMessage(e), working: false });
        return null;
      }
    },
    reset() {
      set(empty);
    },
  }));
}
