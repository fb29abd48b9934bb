import ExcelJS from 'exceljs';
import { openTestApp } from './app';
import type { FileTarget } from './hostile-targets';
import { dispatch } from '../../shared/contract/dispatch';

/** A valid loudspeaker play log, the kind the officer exports from the loa system. */
async function playLog(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch phát');
  ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
  for (let i = 1; i <= 12; i++) ws.addRow([`${String(i).padStart(2, '0')}/04/2026 06:00`, `Bản tin cải cách hành chính số ${i}`, `Cụm loa thôn ${(i % 4) + 1}`, '05:30', 'Đã phát']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Issue 5: "Nhập từ Excel" of the activity log, through dispatch with the real handler. */
export const activityImportTarget: FileTarget = {
  name: 'activities.importApply (.xlsx play log)',
  kind: 'xlsx',
  async setup() {
    const app = await openTestApp({ demo: true });
    const sample = await playLog();
    // The sample itself imports (so the corpus is a set of broken copies of a good file).
    const probe = await openTestApp({ demo: true });
    const ok = await dispatch(probe.handlers, 'activities.importApply', { base64: Buffer.from(sample).toString('base64') });
    await probe.close();
    if (!ok.ok) throw new Error(`the valid play log was refused: ${ok.error.message}`);
    return {
      app,
      sample,
      feed: (bytes) => dispatch(app.handlers, 'activities.importApply', { base64: Buffer.from(bytes).toString('base64') || 'AA==' }),
      close: () => app.close(),
    };
  },
};
