import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files';
import type { KeyProtector } from './platform';

/**
 * The preview's and the CLI's key protection: a standard passphrase-encrypted PKCS#8 PEM
 * (PBES2, AES-256-CBC), readable by `openssl pkey -in key.pem`. There is no built-in
 * passphrase: it is CCHC_KEY_PASSPHRASE when set, otherwise a random passphrase made for this
 * installation and kept beside the key, readable only by the officer's account (0600) — the
 * same protection an unlocked Windows account gives the installed app's DPAPI key, and
 * nothing to remember or type (docs/DEVELOPING.md).
 */
/** What keys made before this rule were sealed with; such a key is re-sealed on first use. */
export const LEGACY_PREVIEW_PASSPHRASE = 'cchc-desk-preview';
export const PASSPHRASE_FILE = path.join('keys', 'key-passphrase.txt');

export interface KeyPassphrase {
  passphrase: string;
  source: 'env' | 'file';
  file: string | null;
}

/** CCHC_KEY_PASSPHRASE, or the installation's own random passphrase (made on first use, 0600). */
export function keyPassphrase(dataDir: string, env: NodeJS.ProcessEnv = process.env): KeyPassphrase {
  if (env.CCHC_KEY_PASSPHRASE) return { passphrase: env.CCHC_KEY_PASSPHRASE, source: 'env', file: null };
  const file = path.join(dataDir, PASSPHRASE_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic(file, Buffer.from(crypto.randomBytes(32).toString('base64url'), 'utf8'));
  }
  fs.chmodSync(file, 0o600);
  return { passphrase: fs.readFileSync(file, 'utf8').trim(), source: 'file', file };
}

export function passphraseKeyProtector(passphrase: string): KeyProtector {
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
