import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openApp, DB_FILE_NAME } from '../host';
import { DEMO_ACTIVITIES, DEMO_SEED } from './year';
import { seedDemoData } from '../services/demo-data';

declare const __APP_VERSION__: string;

/**
 * `npm run demo -- --data-dir DIR [--activities N] [--seed S] [--today yyyy-mm-dd]`: a new data
 * folder filled with the demo year (about 300 activities with evidence and reports), or a
 * bench-sized log (e.g. --activities 200000: activities only, in big batches).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      activities: { type: 'string', default: String(DEMO_ACTIVITIES) },
      seed: { type: 'string', default: String(DEMO_SEED) },
      today: { type: 'string' },
    },
  });
  const count = Number(values.activities);
  const seed = Number(values.seed);
  if (!values['data-dir']) return fail('Thiếu --data-dir: hãy cho biết thư mục dữ liệu mới, ví dụ --data-dir /tmp/cchc-demo.');
  if (!Number.isInteger(count) || count < 1 || count > 5_000_000) return fail('--activities phải là số nguyên từ 1 đến 5000000.');
  if (!Number.isInteger(seed)) return fail('--seed phải là số nguyên.');
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    return fail('--today phải có dạng yyyy-mm-dd, ví dụ 2026-11-23.');
  const dataDir = path.resolve(values['data-dir']);
  if (fs.existsSync(path.join(dataDir, DB_FILE_NAME)))
    return fail(`Thư mục ${dataDir} đã có dữ liệu. Hãy chọn một thư mục mới (dữ liệu mẫu chỉ ghi vào thư mục trống).`);
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: __APP_VERSION__ });
  try {
    // Through seedDemoData, so the folder is marked as demo data ("mẫu" everywhere, clearable).
    const s = await seedDemoData(host.ctx, 'year', { activities: count, seed, today: values.today });
    if (!s) throw new Error('the demo year gave no summary');
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Đã tạo dữ liệu mẫu trong ${path.join(dataDir, DB_FILE_NAME)} (${secs} giây):`);
    console.log(`  ${s.activities} hoạt động, ${s.evidenceFiles} tệp minh chứng, ${s.reports.length} báo cáo đã gửi`);
  } finally {
    await host.close();
  }
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

void main();
