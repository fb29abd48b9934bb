/**
 * What only the host can do (native dialogs, printing through Chromium). Electron main, the
 * preview server and the CLI each pass their own implementation to openApp; services call
 * these and never ask which host they run in.
 */
export interface Platform {
  /** Let the officer choose a folder (a USB stick…); null when cancelled or not possible here. */
  pickFolder(title: string): Promise<string | null>;
  /**
   * Render one of the renderer's print routes (e.g. "print/plan/<id>") to a PDF with Chromium's
   * paged media: Electron's printToPDF, or headless Chromium in the preview and the CLI.
   */
  printToPdf(route: string): Promise<Uint8Array>;
  /** Open a stored file (evidence…) with the system's program; false when this host cannot. */
  openPath?(absolutePath: string): Promise<boolean>;
  /** Show a stored file in the system's file manager; false when this host cannot. */
  revealPath?(absolutePath: string): Promise<boolean>;
  /**
   * How the commune's Ed25519 private key is kept at rest: Electron's safeStorage in the app,
   * a passphrase-encrypted PKCS#8 file in the preview and the CLI (passphraseKeyProtector).
   * Absent → the passphrase protector with CCHC_KEY_PASSPHRASE.
   */
  keyProtector?: KeyProtector;
  /**
   * A bundle file the operating system asked us to open (double-click on a .cchc, or the
   * preview's --open): handed over once, then forgotten.
   */
  takeOpenedFile?(): string | null;
}

/** Seals the private key (PKCS#8 DER) into text stored beside the database, and opens it. */
export interface KeyProtector {
  kind: 'safeStorage' | 'passphrase';
  seal(pkcs8Der: Uint8Array): string;
  open(sealed: string): Uint8Array;
}

/** For the CLI and tests without a browser: no dialogs, no printing. */
export const headlessPlatform: Platform = {
  pickFolder: async () => null,
  printToPdf: async () => {
    throw new Error('printToPdf is not available in this host');
  },
};
