import ExcelJS from 'exceljs';
import type { ServiceContext } from './context';
import { assertTasksExist, createActivities, listFilteredActivities } from './activities';
import { listTasks } from '../repositories/plans';
import { rowToTask } from './plans';
import { officerName } from './settings';
import {
  ActivityFields,
  IMPORT_FIELDS,
  activityQuantity,
  type Activity,
  type ActivityListQuery,
  type ImportField,
  type ImportInput,
  type ImportMapping,
  type ImportPreview,
} from '../../shared/domain/activity';
import { areaLabels, formLabels } from '../../shared/domain/labels';
import { KINDS, specOf } from '../../shared/domain/kinds/index';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import { AppError, isAppError } from '../../shared/errors';
import { loadWorkbook, workbookBytes } from '../exports/xlsx-common';
import { exportText, importText } from '../../shared/strings/activities';
import { reportProgress } from '../job-progress';
import { jobsText } from '../../shared/strings/jobs';
import { foldVietnamese, formatDateVi, parseDateVi, toWellFormedText } from '../../shared/text';
import { isDemoData } from './demo-flag';
import { isDemoNote } from '../exports/demo-mark';
import { alreadyLogged } from './already-logged';
import { readCountCell, readMinutesCell, type CellNumber } from '../../shared/domain/import-numbers';
import type { NumberRead } from '../../shared/vi-number';
import { todayInVietnam } from '../../shared/format';

/* ---------------------------------------------------------------- export */

/** The "Chi tiết" cell: the form's own description of its details (kind registry). */
const detailText = (a: Activity): string => specOf(KINDS, a.details.kind).detailText(a.details);

/** The filtered list as a real .xlsx (A4 landscape, header row repeated when printed). */
export async function exportActivitiesXlsx(ctx: ServiceContext, q: ActivityListQuery): Promise<ExportedFile> {
  const rows = await listFilteredActivities(ctx, q);
  const taskIds = new Set(rows.map((r) => r.taskId).filter(Boolean));
  const taskText = new Map<string, string>();
  if (taskIds.size) {
    const planIds = await ctx.db
      .selectFrom('plan_tasks')
      .select('plan_id')
      .distinct()
      .where('id', 'in', [...taskIds] as string[])
      .execute();
    for (const p of planIds) for (const t of (await listTasks(ctx.db, p.plan_id)).map(rowToTask)) taskText.set(t.id, t.content);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuyên truyền CCHC';
  const ws = wb.addWorksheet(exportText.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = exportText.columns.map((header, i) => ({ header, width: [6, 12, 22, 50, 40, 10, 40, 30, 24, 10, 30, 20][i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  rows.forEach((a, i) => {
    const r = ws.addRow([
      i + 1,
      formatDateVi(a.date),
      formLabels[a.details.kind],
      a.title,
      detailText(a),
      activityQuantity(a.details),
      a.taskId ? (taskText.get(a.taskId) ?? '') : 'Ngoài kế hoạch',
      a.areas.map((x) => areaLabels[x]).join('; '),
      a.unitName,
      a.evidenceCount,
      a.note,
      a.enteredBy,
    ]);
    r.alignment = { vertical: 'top', wrapText: true };
  });
  const buf = await workbookBytes(wb, { demo: await isDemoData(ctx) });
  return { fileName: exportText.fileName(todayInVietnam()), mime: MIME.xlsx, base64: buf.toString('base64') };
}

/* ---------------------------------------------------------------- import */

const MAX_ROWS = 20_000;
const e = importText.rowErrors;

/** Header words that suggest each field (folded: no diacritics, lower case). */
const GUESS: Record<ImportField, string[]> = {
  date: ['ngay', 'thoi gian phat', 'bat dau', 'start', 'date'],
  title: ['tieu de', 'noi dung', 'ten ban tin', 'ban tin', 'ten', 'title'],
  quantity: ['thoi luong', 'so luong', 'so nguoi', 'luot xem', 'so thu tuc', 'duration'],
  slot: ['gio', 'khung gio', 'time'],
  subKind: ['loai'],
  place: ['cum loa', 'dai', 'tram', 'dia diem', 'noi', 'duong dan', 'url', 'link', 'giai thuong', 'cluster'],
  repeats: ['so lan', 'lan phat'],
  unitName: ['don vi'],
  note: ['ghi chu', 'trang thai', 'note'],
};

/** A cell's text under the app's one text rule (a lone surrogate from the file becomes U+FFFD). */
function cellText(v: ExcelJS.CellValue): string {
  return toWellFormedText(rawCellText(v));
}

function rawCellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return rawCellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

/** Excel dates come as Date (UTC midnight + time), or as "dd/mm/yyyy[ hh:mm]" text. */
function parseDateCell(v: ExcelJS.CellValue): { date: string | null; time: string | null } {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const iso = v.toISOString();
    const time = iso.slice(11, 16);
    return { date: iso.slice(0, 10), time: time === '00:00' ? null : time };
  }
  const text = cellText(v);
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (m) return { date: parseDateVi(m[1]!), time: m[2] ? `${m[2].padStart(2, '0')}:${m[3]}` : null };
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text);
  if (iso)
    return {
      date: parseDateVi(`${iso[1]!.slice(8, 10)}/${iso[1]!.slice(5, 7)}/${iso[1]!.slice(0, 4)}`),
      time: iso[2] && iso[2] !== '00:00' ? iso[2] : null,
    };
  return { date: null, time: null };
}

/** Minutes from 5, "5", "1.200", "05:30" (mm:ss) or "00:05:30" (hh:mm:ss), read by the one number reader; seconds round up; empty is 0. */
function parseMinutes(v: ExcelJS.CellValue, label: string): NumberRead {
  if (v instanceof Date) return { ok: true, value: Math.ceil((v.getUTCHours() * 3600 + v.getUTCMinutes() * 60 + v.getUTCSeconds()) / 60) };
  const r = readMinutesCell(numberCell(v), label);
  return r.ok && r.value === null ? { ok: true, value: 0 } : r;
}

/** A sub-kind typed in a cell ("Băng rôn", "bang ron", "Hội nghị"…) → its code; '' → the first. */
function matchSubKind(text: string, labels: Record<string, string>): { code: string | null; allowed: string } {
  const entries = Object.entries(labels);
  const allowed = entries.map(([, l]) => l).join(', ');
  if (!text) return { code: entries[0]![0], allowed };
  const f = foldVietnamese(text).trim();
  const hit = entries.find(([code, l]) => foldVietnamese(l) === f || code.toLowerCase() === f);
  return { code: hit ? hit[0] : null, allowed };
}

/** A cell for the number readers: Excel's own number, or the text as typed. */
const numberCell = (v: ExcelJS.CellValue): CellNumber => (typeof v === 'number' ? v : cellText(v));

async function readSheet(base64: string): Promise<ExcelJS.Worksheet> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(Buffer.from(base64, 'base64'));
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('FILE_INVALID', importText.notXlsx);
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new AppError('FILE_INVALID', importText.noSheet);
  if (ws.actualRowCount > MAX_ROWS + 1) throw new AppError('FILE_INVALID', importText.tooManyRows);
  return ws;
}

interface Parsed {
  preview: ImportPreview;
  fields: ActivityFields[];
}

async function parseImport(ctx: ServiceContext, input: ImportInput): Promise<Parsed> {
  await reportProgress(0, 3, jobsText.xlsx.read);
  const ws = await readSheet(input.base64);
  await reportProgress(1, 3, jobsText.xlsx.check(ws.rowCount - 1));
  // A list exported from the demo starts with the "mẫu" note: the header row is the next one.
  const first = isDemoNote(cellText(ws.getRow(1).getCell(1).value)) ? 2 : 1;
  const headerRow = ws.getRow(first);
  const width = Math.max(ws.actualColumnCount, headerRow.cellCount);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.getCell(i + 1).value));
  const mapping = {
    ...guessMapping(headers),
    ...Object.fromEntries(Object.entries(input.mapping ?? {}).filter(([, v]) => v !== null)),
  } as ImportMapping;
  for (const f of ['date', 'title'] as const)
    if (!mapping[f]) throw new AppError('INVALID_INPUT', importText.missingColumn(importText.fields[f]));
  await assertTasksExist(ctx.db, [input.taskId]);

  const rows: ImportPreview['rows'] = [];
  const fields: ActivityFields[] = [];
  /** rows[] index of each field, to mark the rows already in the journal. */
  const fieldRows: number[] = [];
  const cell = (r: ExcelJS.Row, f: ImportField) => (mapping[f] ? r.getCell(mapping[f]!).value : null);
  for (let n = first + 1; n <= ws.rowCount; n++) {
    const r = ws.getRow(n);
    if (!r.hasValues) continue;
    const errors: string[] = [];
    const { date, time } = parseDateCell(cell(r, 'date'));
    if (!date) errors.push(e.date);
    const title = cellText(cell(r, 'title'));
    if (!title) errors.push(e.title);
    const spec = specOf(KINDS, input.kind);
    let quantity: number | null = null;
    // Every number cell through the one reader (shared/vi-number.ts): "1.200" is 1200, "1,5" people is refused, never 15.
    const quantityLabel = importText.quantityLabel[input.kind];
    const q =
      spec.importQuantity === 'minutes'
        ? parseMinutes(cell(r, 'quantity'), quantityLabel)
        : readCountCell(numberCell(cell(r, 'quantity')), { label: quantityLabel });
    if (!q.ok) errors.push(q.message);
    else if (spec.importQuantity === 'minutes' && q.value !== null && q.value > 24 * 60) errors.push(e.duration);
    else quantity = q.value;
    const rep = readCountCell(numberCell(cell(r, 'repeats')), { label: importText.fields.repeats, min: 1, max: 100 });
    if (!rep.ok) errors.push(rep.message);
    const repeats = rep.ok && rep.value !== null ? rep.value : 1;
    const sub = spec.subKind;
    let subKind = '';
    if (sub) {
      const m = matchSubKind(cellText(cell(r, 'subKind')), sub.labels);
      if (m.code === null) errors.push(e.subKind(m.allowed));
      else subKind = m.code;
    }
    const slot = cellText(cell(r, 'slot')) || time || '';
    const place = cellText(cell(r, 'place'));
    if (!errors.length) {
      const parsed = ActivityFields.safeParse({
        date,
        title,
        taskId: input.taskId,
        areas: input.areas,
        unitName: cellText(cell(r, 'unitName')),
        note: cellText(cell(r, 'note')),
        details: spec.fromImport({ quantity, place, subKind, slot, repeats, date }),
      });
      if (parsed.success) {
        fields.push(parsed.data);
        fieldRows.push(rows.length);
      } else errors.push(...new Set(parsed.error.issues.map((i) => i.message)));
    }
    rows.push({ row: n, date: date ?? cellText(cell(r, 'date')), title, quantity, place, errors, duplicate: false });
  }
  if (!rows.length) throw new AppError('FILE_INVALID', importText.noRows);
  // The same file chosen twice logs nothing twice: rows already in the journal are shown and skipped.
  const logged = await alreadyLogged(ctx, fields);
  logged.forEach((d, i) => (rows[fieldRows[i]!]!.duplicate = d));
  const errorCount = rows.filter((r) => r.errors.length).length;
  const duplicateCount = logged.filter(Boolean).length;
  return {
    preview: { headers, mapping, rows, validCount: rows.length - errorCount - duplicateCount, errorCount, duplicateCount },
    fields: fields.filter((_, i) => !logged[i]),
  };
}

function guessMapping(headers: string[]): ImportMapping {
  const folded = headers.map((h) => foldVietnamese(h));
  const used = new Set<number>();
  const out = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ImportMapping;
  for (const f of IMPORT_FIELDS) {
    const i = folded.findIndex((h, idx) => !used.has(idx) && h && GUESS[f].some((w) => h.includes(w)));
    if (i >= 0) {
      used.add(i);
      out[f] = i + 1;
    }
  }
  return out;
}

export async function previewImport(ctx: ServiceContext, input: ImportInput): Promise<ImportPreview> {
  return (await parseImport(ctx, input)).preview;
}

/** All or nothing: one row with an error and not a single activity is written. */
export async function applyImport(ctx: ServiceContext, input: ImportInput): Promise<{ created: number }> {
  const { preview, fields } = await parseImport(ctx, input);
  if (preview.errorCount)
    throw new AppError('INVALID_INPUT', importText.fixFirst(preview.errorCount), {
      rows: preview.rows.filter((r) => r.errors.length).slice(0, 50),
    });
  if (!fields.length) throw new AppError('CONFLICT', importText.allLogged(preview.duplicateCount));
  await reportProgress(2, 3, jobsText.xlsx.write(fields.length));
  await createActivities(ctx, fields, await officerName(ctx));
  return { created: fields.length };
}
