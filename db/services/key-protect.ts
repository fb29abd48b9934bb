import crypto from 'node:crypto';
import type { KeyProtector } from './platform';

/**
 * The preview's and the CLI's key protection: a standard passphrase-encrypted PKCS#8 PEM
 * (PBES2, AES-256-CBC), readable by `openssl pkey -in key.pem`. The passphrase comes from
 * CCHC_KEY_PASSPHRASE; the preview is a development host, so without it a fixed development
 * passphrase is used (the installed app uses Electron's safeStorage instead).
 */
export const DEV_PASSPHRASE = 'cchc-desk-preview';

export function passphraseKeyProtector(passphrase: string = process.env.CCHC_KEY_PASSPHRASE || DEV_PASSPHRASE): KeyProtector {
  return {
    kind: 'passphrase',
    seal(der) {
      const key = crypto.createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
      return key.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase }) as string;
    },
    open(sealed) {
      const key = crypto.createPrivateKey({ key: sealed, format: 'pem', passphrase });
      return key.export({ format: 'der', type: 'pkcs8' });
    },
  };
}
