import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import type { FolderListing } from '../../../shared/contract/folders';

/** "Chọn thư mục…": the preview's folder browser, or the desktop app's native dialog. */
interface FoldersState {
  listing: FolderListing | null;
  busy: boolean;
  error: string | null;
  /** The roots (no path) or one folder's subfolders; a folder that cannot be opened leaves the last listing. */
  open(path?: string): Promise<boolean>;
  /** The desktop app's own dialog (starts at the USB stick); null when cancelled. */
  pickNative(): Promise<string | null>;
  clear(): void;
}

export const useFoldersStore = create<FoldersState>((set) => {
  const run = makeRun<FoldersState>(set);
  return {
    listing: null,
    busy: false,
    error: null,
    async open(path) {
      const listing = await run(() => invoke('folders.list', path ? { path } : {}));
      if (listing) set({ listing });
      return listing !== null;
    },
    async pickNative() {
      const r = await run(() => invoke('bundles.pickFolder', {}));
      return r?.folder ?? null;
    },
    clear: () => set({ listing: null, error: null }),
  };
});
