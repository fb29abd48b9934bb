import { shell } from 'electron';
import type { Platform } from '../db/services/platform';

/** Evidence files: open with the system's program, show in Explorer. */
export const electronFilePlatform: Pick<Platform, 'openPath' | 'revealPath'> = {
  openPath: async (p) => (await shell.openPath(p)) === '',
  revealPath: async (p) => {
    shell.showItemInFolder(p);
    return true;
  },
};
