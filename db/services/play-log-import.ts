import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { alreadyLogged } from './already-logged';
import type { ServiceContext } from './context';
import { createActivities } from './activities';
import { officerName } from './settings';
import { ActivityFields } from '../../shared/domain/activity';
import { groupPlays, type PlayRow } from '../../shared/domain/play-log';
import type { PlayLogInput, PlayLogPreview } from '../../shared/contract/play-log';
import { foldVietnamese, parseDateVi } from '../../shared/text';
import { playLogText as t } from '../../shared/strings/play-log';
import { AppError } from '../../shared/errors';
import { cellText, loadWorkbook, looksLikeXlsx } from '../exports/xlsx-common';
import { readMinutesCell } from '../../shared/domain/import-numbers';
import type { NumberRead } from '../../shared/vi-number';

type Input = z.output<typeof PlayLogInput>;
const MAX_ROWS = 20_000;
type Column = 'date' | 'time' | 'title' | 'cluster' | 'duration' | 'status';
const GUESS: Record<Column, string[]> = {
  title: ['ten ban tin', 'ban tin', 'tieu de', 'noi dung', 'chuong trinh', 'title'],
  date: ['ngay phat', 'ngay', 'thoi diem', 'date'],
  time: ['gio phat', 'gio', 'khung gio', 'time'],
  cluster: ['cum loa', 'cum', 'tram', 'dai', 'vi tri', 'cluster'],
  duration: ['thoi luong', 'duration'],
  status: ['trang thai', 'ket qua', 'status'],
};

/** A .csv line split on its delimiter (";" "," or tab, as the header shows), quotes honoured. */
function csvRows(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const head = s.slice(0, s.indexOf('\n') < 0 ? s.length : s.indexOf('\n'));
  const delim = [';', '\t', ','].reduce((best, d) => (head.split(d).length > head.split(best).length ? d : best), ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delim) endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The log as rows of cell values (Date, number or text), header first. */
async function readTable(bytes: Buffer, fileName: string): Promise<ExcelJS.CellValue[][]> {
  if (looksLikeXlsx(bytes)) {
    try {
      const wb = await loadWorkbook(bytes);
      const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
      if (!ws) throw new Error('empty');
      if (ws.actualRowCount > MAX_ROWS + 1) throw new AppError('FILE_INVALID', t.tooManyRows);
      const out: ExcelJS.CellValue[][] = [];
      ws.eachRow((r) => out.push((r.values as ExcelJS.CellValue[]).slice(1)));
      return out;
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('FILE_INVALID', t.notTable(fileName));
    }
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new AppError('FILE_INVALID', t.notTable(fileName));
  const rows = csvRows(text);
  if (rows.length > MAX_ROWS + 1) throw new AppError('FILE_INVALID', t.tooManyRows);
  return rows;
}

function dateAndTime(v: ExcelJS.CellValue): { date: string | null; time: string } {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const iso = v.toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16) === '00:00' ? '' : iso.slice(11, 16) };
  }
  const text = cellText(v).trim();
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text) ?? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!m) return { date: null, time: '' };
  const date = m[1]!.includes('/') ? parseDateVi(m[1]!) : m[1]!;
  return { date, time: m[2] ? `${m[2].padStart(2, '0')}:${m[3]}` : '' };
}

/** Minutes from "05:30" (mm:ss), "00:05:30", or a number (seconds when the header says "giây"), by the one number reader: "1.200" giây is 20 phút. */
const minutes = (v: ExcelJS.CellValue, seconds: boolean): NumberRead =>
  readMinutesCell(typeof v === 'number' ? v : cellText(v).trim(), t.durationColumn, seconds);

async function parse(ctx: ServiceContext, input: Input): Promise<{ preview: PlayLogPreview; fields: ActivityFields[] }> {
  const table = await readTable(Buffer.from(input.base64, 'base64'), input.fileName);
  const headers = (table[0] ?? []).map((h) => foldVietnamese(cellText(h)).trim());
  const col = {} as Record<Column, number>;
  for (const c of ['title', 'date', 'time', 'cluster', 'duration', 'status'] as Column[])
    col[c] = headers.findIndex((h, i) => h && !Object.values(col).includes(i) && GUESS[c].some((w) => h.includes(w)));
  if (col.title < 0 || col.date < 0) throw new AppError('FILE_INVALID', t.noColumns);
  const seconds = col.duration >= 0 && /giay|sec/.test(headers[col.duration]!);
  const at = (r: ExcelJS.CellValue[], c: number) => (c >= 0 ? r[c] : null);
  const rows: PlayRow[] = [];
  table.slice(1).forEach((r, i) => {
    if (r.every((v) => cellText(v).trim() === '')) return;
    const { date, time } = dateAndTime(at(r, col.date));
    const explicitTime = cellText(at(r, col.time)).trim();
    const duration: NumberRead = col.duration >= 0 ? minutes(at(r, col.duration), seconds) : { ok: true, value: null };
    rows.push({
      row: i + 2,
      date,
      time: explicitTime || time,
      title: cellText(at(r, col.title)).trim(),
      cluster: cellText(at(r, col.cluster)).trim(),
      durationMinutes: duration.ok ? duration.value : null,
      durationProblem: duration.ok ? undefined : duration.message,
      status: cellText(at(r, col.status)).trim(),
    });
  });
  if (!rows.length) throw new AppError('FILE_INVALID', t.noRows);
  const { bulletins, skipped } = groupPlays(rows);
  const fields = bulletins.map((b) =>
    ActivityFields.parse({
      date: b.date,
      title: b.title.slice(0, 500),
      taskId: input.taskId,
      areas: input.areas,
      unitName: '',
      note: '',
      details: {
        kind: 'broadcast',
        newsKind: 'tin',
        slots: b.slots.slice(0, 6).map((s) => s.slice(0, 40)),
        durationMinutes: Math.min(b.durationMinutes, 24 * 60),
        repeats: Math.min(b.plays, 100),
        station: b.clusters.join('; ').slice(0, 200),
      },
    }),
  );
  // The same log chosen twice logs nothing twice (db/services/already-logged.ts).
  const logged = await alreadyLogged(ctx, fields);
  const fresh = bulletins.filter((_, i) => !logged[i]);
  return {
    fields: fields.filter((_, i) => !logged[i]),
    preview: {
      bulletinCount: fresh.length,
      playCount: fresh.reduce((s, b) => s + b.plays, 0),
      skippedCount: skipped.length,
      duplicateCount: bulletins.length - fresh.length,
      bulletins: bulletins
        .slice(0, 500)
        .map((b, i) => ({ date: b.date, title: b.title, plays: b.plays, clusters: b.clusters, duplicate: logged[i]! })),
      skipped: skipped
        .slice(0, 500)
        .map((s) => ({ row: s.row, title: s.title, reason: `${t.skipReason[s.reason]}${s.detail ? ` (${s.detail})` : ''}` })),
    },
  };
}

/** What the play log would bring: bulletins, plays, skipped rows with their reason. Writes nothing. */
export async function previewPlayLog(ctx: ServiceContext, input: Input): Promise<PlayLogPreview> {
  return (await parse(ctx, input)).preview;
}

/** One broadcast activity per bulletin, its plays as lượt phát, all in one transaction. */
export async function applyPlayLog(ctx: ServiceContext, input: Input): Promise<{ created: number; plays: number; skipped: number }> {
  const { preview, fields } = await parse(ctx, input);
  if (!fields.length && preview.duplicateCount) throw new AppError('CONFLICT', t.allLogged(preview.duplicateCount));
  if (!fields.length) throw new AppError('FILE_INVALID', t.nothingToImport);
  await createActivities(ctx, fields, await officerName(ctx));
  return { created: fields.length, plays: preview.playCount, skipped: preview.skippedCount };
}
