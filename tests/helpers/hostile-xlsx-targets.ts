import ExcelJS from 'exceljs';
import { openTestApp } from './app';
import type { FileTarget } from './hostile-targets';
import { dispatch } from '../../shared/contract/dispatch';

/** A valid loudspeaker play log, the kind the officer exports from the loa system. */
async function playLog(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch phát');
  ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
  for (let i = 1; i <= 12; i++)
    ws.addRow([
      `${String(i).padStart(2, '0')}/04/2026 06:00`,
      `Bản tin cải cách hành chính số ${i}`,
      `Cụm loa thôn ${(i % 4) + 1}`,
      '05:30',
      'Đã phát',
    ]);
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

/** Issue 4: "Nhập phụ lục từ Excel" into a plan, with the app's own export as the valid file. */
export const annexImportTarget: FileTarget = {
  name: 'plans.importApply (.xlsx phụ lục)',
  kind: 'xlsx',
  async setup() {
    const app = await openTestApp({ demo: true });
    const planId = (app.ctx.sqlite.prepare('SELECT id FROM plans WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id;
    const exported = await dispatch(app.handlers, 'plans.exportXlsx', { id: planId });
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.value as { fileName: string; base64: string };
    const sample = new Uint8Array(Buffer.from(file.base64, 'base64'));
    const probe = await openTestApp({ demo: true });
    const probePlan = (probe.ctx.sqlite.prepare('SELECT id FROM plans WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id;
    const ok = await dispatch(probe.handlers, 'plans.importApply', { planId: probePlan, fileName: file.fileName, base64: file.base64 });
    await probe.close();
    if (!ok.ok) throw new Error(`the exported phụ lục was refused: ${ok.error.message}`);
    return {
      app,
      sample,
      feed: (bytes, fileName) =>
        dispatch(app.handlers, 'plans.importApply', { planId, fileName, base64: Buffer.from(bytes).toString('base64') || 'AA==' }),
      close: () => app.close(),
    };
  },
};
