import ExcelJS from 'exceljs';
import {
  ANNEX_FIELDS,
  LAYOUT_COMMUNE_7,
  PlanTaskFields,
  type AnnexField,
  type AnnexLayout,
  type PlanTaskFieldsInput,
} from '../../shared/domain/plan';
import { CCHC_AREAS, COMMUNICATION_FORMS, type CchcArea, type CommunicationForm } from '../../shared/domain/common';
import { areaLabels, formLabels } from '../../shared/domain/labels';
import {
  annexCellText,
  annexGroups,
  guessSpan,
  MAX_ANNEX_TASKS,
  parseSpanCode,
  spanCode,
  type ImportProblem,
} from '../../shared/domain/plan-annex';
import type { PlanDetail } from '../../shared/contract/plans';
import { plansText } from '../../shared/strings/plans';
import { AppError, isAppError } from '../../shared/errors';
import { annexSubtitle, type AnnexTitleSource } from '../../shared/print/annex-title';
import { parseTarget } from '../../shared/domain/target';
import { cellText, headerKey, loadWorkbook, looksLikeXlsx, setPrintSetup, thinBorder, workbookBytes, xlsxFont } from './xlsx-common';
import { isDemoNote, type DemoOption } from './demo-mark';

const t = plansText;
const HEADER_ROW = 5;
/** Default labels of task fields that the plan's layout does not print. */
const DEFAULT_LABEL: Record<AnnexField, string> = {
  content: 'Nội dung tuyên truyền',
  forms: 'Hình thức tuyên truyền',
  time: 'Thời gian thực hiện',
  lead: 'Đơn vị chủ trì',
  coop: 'Đơn vị phối hợp',
  product: 'Sản phẩm',
  note: 'Ghi chú',
};
type Extra = 'areas' | 'forms' | 'span' | 'target';
export type ColumnKind = { kind: 'order' } | { kind: 'field'; field: AnnexField } | { kind: 'extra'; extra: Extra };

/** Columns of our sheet: TT, the printed layout, the other task fields, then the app's own fields. */
function sheetColumns(layout: AnnexLayout): { label: string; width: number; col: ColumnKind; printed: boolean }[] {
  const printedFields = new Set(layout.columns.map((c) => c.field));
  return [
    { label: layout.orderLabel || 'TT', width: 6, col: { kind: 'order' }, printed: true },
    ...layout.columns.map((c) => ({
      label: c.label,
      width: Math.max(10, Math.round(c.width * 1.1)),
      col: { kind: 'field' as const, field: c.field },
      printed: true,
    })),
    ...ANNEX_FIELDS.filter((f) => !printedFields.has(f)).map((f) => ({
      label: DEFAULT_LABEL[f],
      width: 20,
      col: { kind: 'field' as const, field: f },
      printed: false,
    })),
    ...(['areas', 'forms', 'span', 'target'] as const).map((e) => ({
      label: t.extraColumns[e],
      width: e === 'target' ? 10 : e === 'span' ? 16 : 40,
      col: { kind: 'extra' as const, extra: e },
      printed: false,
    })),
  ];
}

function writeTitle(ws: ExcelJS.Worksheet, layout: AnnexLayout, subtitle: string, lastPrinted: number): void {
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [layout.heading, xlsxFont(14, true)],
    [layout.title, xlsxFont(14, true)],
    [subtitle, { ...xlsxFont(13), italic: true }],
  ];
  lines.forEach(([text, font], i) => {
    const r = i + 1;
    ws.mergeCells(r, 1, r, lastPrinted);
    const c = ws.getCell(r, 1);
    c.value = text;
    c.font = font;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** The phụ lục as .xlsx: same columns and sections as printed, wrapped text, A4 landscape with the header row repeated. */
export async function annexToXlsx(
  detail: PlanDetail | { plan: AnnexTitleSource & { annex: AnnexLayout }; sections: PlanDetail['sections']; tasks: PlanDetail['tasks'] },
  opts: DemoOption = {},
): Promise<Buffer> {
  const layout = detail.plan.annex;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuyên truyền CCHC';
  const ws = wb.addWorksheet(t.sheetName);
  const cols = sheetColumns(layout);
  const lastPrinted = cols.filter((c) => c.printed).length;
  ws.columns = cols.map((c) => ({ width: c.width }));
  writeTitle(ws, layout, annexSubtitle(detail.plan), lastPrinted);
  const header = ws.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = xlsxFont(12, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thinBorder;
    if (!c.printed) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
  });
  const rows: ExcelJS.CellValue[][] = [];
  const groupRows: number[] = [];
  for (const g of annexGroups(detail.sections, detail.tasks)) {
    if (g.label) {
      groupRows.push(rows.length);
      rows.push(cols.map((c) => (c.col.kind === 'order' ? g.label : c.col.kind === 'field' && c.col.field === 'content' ? g.title : null)));
    }
    g.tasks.forEach((task, i) =>
      rows.push(
        cols.map((c) => {
          if (c.col.kind === 'order') return i + 1;
          if (c.col.kind === 'field') return annexCellText(task, c.col.field);
          switch (c.col.extra) {
            case 'areas':
              return task.areas.map((a) => areaLabels[a]).join('; ');
            case 'forms':
              return task.forms.map((f) => formLabels[f]).join('; ');
            case 'span':
              return spanCode(task.span);
            case 'target':
              return task.targetCount;
          }
        }),
      ),
    );
  }
  ws.addRows(rows);
  const groupSet = new Set(groupRows.map((i) => HEADER_ROW + 1 + i));
  for (let r = HEADER_ROW + 1; r <= HEADER_ROW + rows.length; r++) {
    const row = ws.getRow(r);
    const bold = groupSet.has(r);
    for (let c = 1; c <= cols.length; c++) {
      const cell = row.getCell(c);
      cell.font = xlsxFont(12, bold);
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'center' : 'left' };
      cell.border = thinBorder;
    }
  }
  setPrintSetup(ws, { headerRow: HEADER_ROW });
  ws.pageSetup.printArea = `A1:${ws.getColumn(lastPrinted).letter}${HEADER_ROW + Math.max(rows.length, 1)}`;
  addHelpSheet(wb);
  return workbookBytes(wb, opts);
}

function addHelpSheet(wb: ExcelJS.Workbook): void {
  const hs = wb.addWorksheet(t.helpSheetName);
  hs.columns = [{ width: 85 }]; // fits A4 portrait between the margins; long lines wrap
  const lines = [
    ...t.templateHelp,
    '',
    `${t.extraColumns.areas}:`,
    ...CCHC_AREAS.map((a) => `  ${areaLabels[a]}`),
    '',
    `${t.extraColumns.forms}:`,
    ...COMMUNICATION_FORMS.map((f) => `  ${formLabels[f]}`),
  ];
  for (const l of lines) {
    const cell = hs.addRow([l]).getCell(1);
    cell.font = xlsxFont(12);
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
  hs.pageSetup = { ...hs.pageSetup, paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The blank template ("Tải mẫu Excel"): our columns for this layout, no rows. */
export async function annexTemplateXlsx(layout: AnnexLayout | null): Promise<Buffer> {
  const l: AnnexLayout = layout ?? { heading: 'PHỤ LỤC', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 };
  return annexToXlsx({ plan: { annex: l }, sections: [], tasks: [] });
}

// ---------- import ----------

/** What an imported sheet holds: sections with their tasks, tasks outside sections, problems per row. */
export interface ParsedAnnex {
  columns: { header: string; field: string }[];
  loose: PlanTaskFieldsInput[];
  sections: { title: string; tasks: PlanTaskFieldsInput[] }[];
  problems: ImportProblem[];
  taskCount: number;
  /** The sheet's own title lines above the table ("PHỤ LỤC", the title, "(Kèm theo …)"), kept on import. */
  titles: { heading?: string; title?: string; subtitle?: string };
}

/** The biggest .xlsx we open (bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const FIELD_ALIASES: [AnnexField, string[]][] = [
  ['content', ['noi dung', 'nhiem vu']],
  ['forms', ['hinh thuc']],
  ['time', ['thoi gian']],
  ['lead', ['don vi chu tri', 'don vi thuc hien', 'chu tri', 'co quan chu tri', 'don vi thuc hien chu tri']],
  ['coop', ['don vi phoi hop', 'phoi hop', 'co quan phoi hop']],
  ['product', ['san pham']],
  ['note', ['ghi chu']],
];
const EXTRA_ALIASES: [Extra, string[]][] = [
  ['areas', ['linh vuc cchc', 'linh vuc']],
  ['forms', ['loai hinh thuc']],
  ['span', ['ky thuc hien']],
  ['target', ['chi tieu']],
];

export function classifyHeader(text: string, layout: AnnexLayout): ColumnKind | null {
  const k = headerKey(text);
  if (!k) return null;
  if (['tt', 'stt', 'so tt', 'so thu tu', headerKey(layout.orderLabel)].includes(k)) return { kind: 'order' };
  for (const [extra, keys] of EXTRA_ALIASES) if (keys.some((a) => k === a || k.startsWith(`${a} `))) return { kind: 'extra', extra };
  const own = layout.columns.find((c) => headerKey(c.label) === k);
  if (own) return { kind: 'field', field: own.field };
  for (const [field, keys] of FIELD_ALIASES)
    if (keys.some((a) => k === a || k.startsWith(`${a} `) || k.startsWith(a))) return { kind: 'field', field };
  return null;
}

/** The non-empty lines above the header row, sorted into heading ("PHỤ LỤC…"), subtitle ("(…)") and title. */
function titleLines(ws: ExcelJS.Worksheet, headerRow: number): ParsedAnnex['titles'] {
  const out: ParsedAnnex['titles'] = {};
  for (let r = 1; r < headerRow; r++) {
    let text = '';
    ws.getRow(r).eachCell((c) => (text ||= cellText(c.value).trim()));
    if (!text || isDemoNote(text)) continue;
    if (!out.heading && !out.title && /^PHỤ LỤC\b/u.test(text)) out.heading = text.slice(0, 60);
    else if (text.startsWith('(')) out.subtitle ??= text.slice(0, 500);
    else out.title = out.title ? `${out.title} ${text}`.slice(0, 500) : text.slice(0, 500);
  }
  return out;
}

export const ROMAN_RE = /^(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})$/;
const num = (v: ExcelJS.CellValue): number | null => {
  if (typeof v === 'number') return v;
  const s = cellText(v).trim();
  return /^\d+$/.test(s) ? Number(s) : null;
};

const areaByKey = new Map<string, CchcArea>(
  CCHC_AREAS.flatMap((a) => [[headerKey(areaLabels[a]), a] as [string, CchcArea], [headerKey(a), a] as [string, CchcArea]]),
);
const formByKey = new Map<string, CommunicationForm>(
  COMMUNICATION_FORMS.flatMap((f) => [
    [headerKey(formLabels[f]), f] as [string, CommunicationForm],
    [headerKey(f), f] as [string, CommunicationForm],
  ]),
);

/**
 * Read a phụ lục sheet: columns mapped by header text (case- and diacritics-insensitive, any
 * order), sections from Roman-numbered rows, per-row problems in Vietnamese. Whole-file
 * problems (not an .xlsx, no header, too many rows) throw AppError('FILE_INVALID').
 */
export async function parseAnnexXlsx(bytes: Uint8Array, fileName: string, layout: AnnexLayout): Promise<ParsedAnnex> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('FILE_TOO_LARGE', t.errors.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
  if (!looksLikeXlsx(bytes)) throw new AppError('FILE_INVALID', t.errors.notXlsx(fileName));
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(bytes);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('FILE_INVALID', t.errors.unreadable(fileName));
  }
  const sheets = wb.worksheets.filter((w) => w.actualRowCount > 0);
  if (!sheets.length) throw new AppError('FILE_INVALID', t.errors.noSheet);
  // The sheet and row holding the table header: the first row with a content column and another known one.
  let found: { ws: ExcelJS.Worksheet; row: number; map: Map<number, ColumnKind>; headers: Map<number, string> } | null = null;
  for (const ws of sheets) {
    for (let r = 1; r <= Math.min(ws.rowCount, 20) && !found; r++) {
      const map = new Map<number, ColumnKind>();
      const headers = new Map<number, string>();
      ws.getRow(r).eachCell((cell, c) => {
        const text = cellText(cell.value);
        const kind = classifyHeader(text, layout);
        if (kind && ![...map.values()].some((k) => JSON.stringify(k) === JSON.stringify(kind))) {
          map.set(c, kind);
          headers.set(c, text.trim());
        }
      });
      const hasContent = [...map.values()].some((k) => k.kind === 'field' && k.field === 'content');
      if (hasContent && map.size >= 2) found = { ws, row: r, map, headers };
    }
    if (found) break;
  }
  if (!found) throw new AppError('FILE_INVALID', t.errors.noHeader(DEFAULT_LABEL.content.replace(' tuyên truyền', '')));
  const { ws, row: headerRow, map, headers } = found;
  const headerSig = [...map.keys()].map((c) => headerKey(cellText(ws.getRow(headerRow).getCell(c).value))).join('|');

  const dataRows: ExcelJS.Row[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const texts = [...map.keys()].map((c) => cellText(row.getCell(c).value).trim());
    if (texts.every((x) => x === '')) continue;
    if (texts.map(headerKey).join('|') === headerSig) continue; // header repeated (page break)
    dataRows.push(row);
  }
  if (dataRows.length > MAX_ANNEX_TASKS) throw new AppError('FILE_INVALID', t.errors.tooManyRows(dataRows.length, MAX_ANNEX_TASKS));
  if (!dataRows.length) throw new AppError('FILE_INVALID', t.errors.noRows);

  const problems: ImportProblem[] = [];
  const loose: PlanTaskFieldsInput[] = [];
  const sections: ParsedAnnex['sections'] = [];
  const label = (c: number) => headers.get(c) ?? '';
  const colOf = (pred: (k: ColumnKind) => boolean) => [...map.entries()].find(([, k]) => pred(k))?.[0];
  const contentCol = colOf((k) => k.kind === 'field' && k.field === 'content')!;
  const FIELD_KEY: Record<AnnexField, keyof PlanTaskFieldsInput> = {
    content: 'content',
    forms: 'formsText',
    time: 'timeText',
    lead: 'leadUnit',
    coop: 'coopUnits',
    product: 'product',
    note: 'note',
  };

  for (const row of dataRows) {
    const r = row.number;
    const orderCol = colOf((k) => k.kind === 'order');
    const orderText = orderCol ? cellText(row.getCell(orderCol).value).trim().replace(/\.$/, '') : '';
    if (orderText && ROMAN_RE.test(orderText.toLowerCase()) && num(row.getCell(orderCol!).value) === null) {
      sections.push({ title: cellText(row.getCell(contentCol).value).trim(), tasks: [] });
      continue;
    }
    if (orderText && !/^\d+$/.test(orderText)) problems.push({ row: r, column: label(orderCol!), message: t.errors.badOrder(orderText) });
    const task: PlanTaskFieldsInput = {};
    const columnOfKey = new Map<string, number>();
    for (const [c, kind] of map) {
      const v = row.getCell(c).value;
      if (kind.kind === 'field') {
        const key = FIELD_KEY[kind.field];
        (task as Record<string, unknown>)[key] = cellText(v).replace(/\r\n/g, '\n').trim();
        columnOfKey.set(key, c);
      } else if (kind.kind === 'extra') {
        const text = cellText(v).trim();
        if (kind.extra === 'target') {
          if (text === '') task.targetCount = null;
          else {
            // A typed "1.200" is 1200 here as in the form (the one reader, via parseTarget).
            const read = typeof v === 'number' ? null : parseTarget(text);
            const n = typeof v === 'number' ? v : read?.ok ? read.value : null;
            if (n === null || !Number.isInteger(n) || n < 0) problems.push({ row: r, column: label(c), message: t.errors.notNumber(text) });
            else task.targetCount = n;
          }
        } else if (kind.extra === 'span') {
          const s = parseSpanCode(text);
          if (!s) problems.push({ row: r, column: label(c), message: t.errors.badSpan(text) });
          else task.span = s;
        } else {
          const parts = text
            .split(/[;\n]/)
            .map((p) => p.trim())
            .filter(Boolean);
          if (kind.extra === 'areas') {
            const out: CchcArea[] = [];
            for (const p of parts) {
              const a = areaByKey.get(headerKey(p));
              if (!a) problems.push({ row: r, column: label(c), message: t.errors.badArea(p) });
              else if (!out.includes(a)) out.push(a);
            }
            task.areas = out;
          } else {
            const out: CommunicationForm[] = [];
            for (const p of parts) {
              const f = formByKey.get(headerKey(p));
              if (!f) problems.push({ row: r, column: label(c), message: t.errors.badForm(p) });
              else if (!out.includes(f)) out.push(f);
            }
            task.forms = out;
          }
        }
      }
    }
    // Without a "Kỳ thực hiện" column, the span is read from the printed time text ("Quý I/2026").
    if (!task.span) task.span = guessSpan(task.timeText ?? '');
    if (!task.content) problems.push({ row: r, column: label(contentCol), message: t.errors.emptyContent });
    const parsed = PlanTaskFields.safeParse(task);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const c = columnOfKey.get(key);
        problems.push({ row: r, column: c ? label(c) : key, message: issue.message });
      }
    (sections.length ? sections[sections.length - 1]!.tasks : loose).push(task);
  }
  return {
    titles: titleLines(ws, headerRow),
    columns: [...map.entries()].map(([c, k]) => ({
      header: label(c),
      field: k.kind === 'order' ? 'order' : k.kind === 'field' ? k.field : k.extra,
    })),
    loose,
    sections,
    problems,
    taskCount: loose.length + sections.reduce((s, x) => s + x.tasks.length, 0),
  };
}
