import { z } from 'zod';
import { channel } from './channel';

/** What the folder browser shows: a place to open and how it is labelled. */
export const FolderEntry = z.object({
  /** The label shown: "USB: KINGSTON", "Thư mục cá nhân (lan)", or the folder's own name. */
  label: z.string(),
  path: z.string(),
  kind: z.enum(['usb', 'drive', 'home', 'folder']),
});
export type FolderEntry = z.infer<typeof FolderEntry>;

export const FolderListInput = z
  .object({
    /** An absolute folder inside one of the allowed roots; without it, the roots themselves. */
    path: z.string().min(1).max(1000).optional(),
  })
  .strict();

export const FolderListing = z.object({
  /** The folder listed (as given), or null for the list of roots. */
  path: z.string().nullable(),
  /** From the root to this folder, for the breadcrumbs; empty for the roots. */
  crumbs: z.array(z.object({ label: z.string(), path: z.string() })),
  /** The folder above, or null when going up returns to the roots. */
  parent: z.string().nullable(),
  entries: z.array(FolderEntry),
  /** More subfolders exist than are listed. */
  truncated: z.boolean(),
});
export type FolderListing = z.infer<typeof FolderListing>;

/**
 * The preview's folder browser ("Chọn thư mục…"): only the officer's home folder and mounted
 * removable drives. The desktop app uses its native dialog instead.
 */
export const folderChannels = {
  'folders.list': channel(FolderListInput, FolderListing),
};
