import { safeStorage } from 'electron';
import type { KeyProtector } from '../db/services/platform';

/** In the installed app the private key is sealed by the OS (DPAPI on Windows) via safeStorage. */
export const safeStorageKeyProtector: KeyProtector = {
  kind: 'safeStorage',
  seal(der) {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('safeStorage unavailable');
    return safeStorage.encryptString(Buffer.from(der).toString('base64')).toString('base64');
  },
  open(sealed) {
    return Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64');
  },
};
