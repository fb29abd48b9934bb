import path from 'node:path';
import { startPreview, describeStartError } from './server';
import { parseArgs } from 'node:util';
import { previewText } from '../shared/strings/preview';
import { keyPassphrase } from '../db/services/key-protect';
import { DEMO_KINDS, type DemoKind } from '../db/host';

declare const __APP_VERSION__: string;

/** `npm start` / `npm run preview`: the renderer and the real services on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: process.env.CCHC_PORT ?? '5178' },
      empty: { type: 'boolean', default: false },
      open: { type: 'string' },
      /** A brand-new data folder gets the demo year (default) or the small demo (`--demo basic`). */
      demo: { type: 'string', default: 'year' },
    },
  });
  if (!(DEMO_KINDS as readonly string[]).includes(values.demo)) {
    console.error(`Không hiểu --demo ${values.demo}. Dùng --demo year (cả năm mẫu) hoặc --demo basic (ít dữ liệu).`);
    process.exit(2);
  }
  const dataDir = path.resolve(values['data-dir'] ?? process.env.CCHC_DATA_DIR ?? path.join(process.cwd(), '.cchc-data', 'preview'));
  try {
    const running = await startPreview({
      dataDir,
      rendererDir: path.join(__dirname, '..', 'renderer'),
      openFile: values.open ? path.resolve(values.open) : undefined,
      port: Number(values.port),
      demo: values.empty ? false : (values.demo as DemoKind),
      appVersion: __APP_VERSION__,
    });
    const openUrl = running.openUrl();
    console.log(previewText.startTitle);
    console.log(previewText.dataAt(path.join(dataDir, 'cchc.sqlite')));
    if (running.host.recovery) console.log(`CHẾ ĐỘ KHÔI PHỤC: ${running.host.recovery.message}`);
    console.log(previewText.openAt(openUrl));
    console.log(previewText.openOnce);
    const key = keyPassphrase(dataDir);
    console.log(key.source === 'env' ? previewText.keyPassphraseEnv : previewText.keyPassphraseFile(key.file!));
    console.log(`CCHC_PREVIEW_URL=${openUrl}`);
    const stop = () => void running.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(describeStartError(e));
    process.exit(1);
  }
}

void main();
