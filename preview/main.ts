import path from 'node:path';
import { startPreview, describeStartError } from './server';
import { parseArgs } from 'node:util';

declare const __APP_VERSION__: string;

/** `npm start` / `npm run preview`: the renderer and the real services on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: process.env.CCHC_PORT ?? '5178' },
      empty: { type: 'boolean', default: false },
      open: { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.CCHC_DATA_DIR ?? path.join(process.cwd(), '.cchc-data', 'preview'));
  try {
    const running = await startPreview({
      dataDir,
      rendererDir: path.join(__dirname, '..', 'renderer'),
      openFile: values.open ? path.resolve(values.open) : undefined,
      port: Number(values.port),
      demo: !values.empty,
      appVersion: __APP_VERSION__,
    });
    console.log(`Tuyên truyền CCHC (bản xem trước trên trình duyệt)`);
    console.log(`Dữ liệu: ${path.join(dataDir, 'cchc.sqlite')}`);
    if (running.host.recovery) console.log(`CHẾ ĐỘ KHÔI PHỤC: ${running.host.recovery.message}`);
    console.log(`Mở trình duyệt tại: ${running.url}`);
    console.log(`CCHC_PREVIEW_URL=${running.url}`);
    const stop = () => void running.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(describeStartError(e));
    process.exit(1);
  }
}

void main();
