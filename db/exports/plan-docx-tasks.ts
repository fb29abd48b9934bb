import type { AnnexLayout, PlanTaskFieldsInput } from '../../shared/domain/plan';
import { guessSpan } from '../../shared/domain/plan-annex';
import { docxImportText as t } from '../../shared/strings/plan-import';
import { classifyHeader, ROMAN_RE } from './plan-xlsx';
import type { DocxBlock } from './docx-blocks';

/** A task recognised in the Word file, with where it came from and what could not be read. */
export interface RecognisedTask {
  section: string | null;
  task: PlanTaskFieldsInput;
  source: 'table' | 'prose' | 'unit';
  problems: string[];
}

const stripNumber = (s: string) => s.replace(/^(\d+(\.\d+)*\.|[a-zđ]\)|[-+•])\s*/u, '').trim();
const ATTR = /^[-+•]?\s*(?:đơn vị\s+)?(chủ trì|phối hợp|thời gian(?: thực hiện)?)\s*:\s*(.*?)\s*[.;]?$/iu;
const TAIL =
  /\(\s*(?:đơn vị\s+)?chủ trì\s*:\s*([^;)]*?)\s*(?:;\s*(?:đơn vị\s+)?phối hợp\s*:\s*([^;)]*?)\s*)?(?:;\s*thời gian(?: thực hiện)?\s*:\s*([^)]*?)\s*)?\)\s*[.;]?$/iu;

function withTime(task: PlanTaskFieldsInput, problems: string[]): PlanTaskFieldsInput {
  const time = task.timeText ?? '';
  const span = guessSpan(time);
  if (time && span.kind === 'year' && !/năm|thường xuyên|cả năm/iu.test(time)) problems.push(t.spanGuessed(time));
  if (!task.leadUnit) problems.push(t.noLead);
  return { ...task, span };
}

/** Tables with a "Nội dung" column become the phụ lục: columns mapped as in the Excel import, Roman rows are sections. */
export function tasksFromTables(blocks: DocxBlock[], layout: AnnexLayout): RecognisedTask[] {
  const out: RecognisedTask[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.rows.length < 2) continue;
    const kinds = b.rows[0]!.map((h) => classifyHeader(h, layout));
    const content = kinds.findIndex((k) => k?.kind === 'field' && k.field === 'content');
    if (content < 0) continue;
    const order = kinds.findIndex((k) => k?.kind === 'order');
    let section: string | null = null;
    for (const row of b.rows.slice(1)) {
      if (row.join('|') === b.rows[0]!.join('|')) continue; // header repeated
      const ord = order >= 0 ? (row[order] ?? '').replace(/\.$/, '').trim() : '';
      if (ord && ROMAN_RE.test(ord.toLowerCase())) {
        section = row[content] ?? '';
        continue;
      }
      if (row.every((c) => !c.trim())) continue;
      const task: PlanTaskFieldsInput = {};
      kinds.forEach((k, i) => {
        if (k?.kind !== 'field') return;
        const v = (row[i] ?? '').trim();
        if (k.field === 'content') task.content = v;
        else if (k.field === 'forms') task.formsText = v;
        else if (k.field === 'time') task.timeText = v;
        else if (k.field === 'lead') task.leadUnit = v;
        else if (k.field === 'coop') task.coopUnits = v;
        else if (k.field === 'product') task.product = v;
        else if (k.field === 'note') task.note = v;
      });
      const problems: string[] = [];
      if (!task.content) problems.push(t.emptyContent);
      out.push({ section, task: withTime(task, problems), source: 'table', problems });
    }
  }
  return out;
}

/**
 * Tasks written in prose: a content paragraph followed by "Đơn vị chủ trì: …", "Đơn vị phối
 * hợp: …", "Thời gian thực hiện: …" lines, or a paragraph ending "(Đơn vị chủ trì: …; phối hợp:
 * …; thời gian: …)". `section` is the body part the paragraph sits in.
 */
export function tasksFromProse(paragraphs: { text: string; section: string | null }[]): RecognisedTask[] {
  const out: RecognisedTask[] = [];
  let last: { text: string; section: string | null } | null = null;
  let current: RecognisedTask | null = null;
  for (const p of paragraphs) {
    const attr = ATTR.exec(p.text);
    if (attr) {
      if (!current && last) {
        current = { section: last.section, task: { content: stripNumber(last.text) }, source: 'prose', problems: [] };
        out.push(current);
      }
      if (!current) continue;
      const key = attr[1]!.toLowerCase();
      const value = attr[2]!.trim();
      if (key === 'chủ trì') current.task.leadUnit = value;
      else if (key === 'phối hợp') current.task.coopUnits = value;
      else current.task.timeText = value;
      continue;
    }
    if (current) current.task = withTime(current.task, current.problems);
    current = null;
    last = p;
    const tail = TAIL.exec(p.text);
    if (tail) {
      const problems: string[] = [];
      const task = withTime(
        {
          content: stripNumber(p.text.slice(0, tail.index).trim()),
          leadUnit: tail[1]?.trim() ?? '',
          coopUnits: tail[2]?.trim() ?? '',
          timeText: tail[3]?.trim() ?? '',
        },
        problems,
      );
      out.push({ section: p.section, task, source: 'prose', problems });
      last = null;
    }
  }
  if (current) current.task = withTime(current.task, current.problems);
  return out;
}

/**
 * The fallback for plans that assign work by unit in "Tổ chức thực hiện": "2. Phòng Văn hóa -
 * Xã hội" followed by its duties, or "6. Đề nghị Ủy ban MTTQ phường: Chỉ đạo …" on one line.
 */
export function tasksByUnit(paragraphs: string[], section: string): RecognisedTask[] {
  const out: RecognisedTask[] = [];
  let unit: string | null = null;
  for (const text of paragraphs) {
    const numbered = /^\d+\.\s*(.*)$/u.exec(text);
    if (numbered) {
      const rest = numbered[1]!.trim();
      const colon = rest.indexOf(':');
      if (colon > 0 && colon < 90) {
        unit = null;
        const lead = rest
          .slice(0, colon)
          .replace(/^Đề nghị\s+/u, '')
          .trim();
        out.push({ section, task: withTime({ content: rest.slice(colon + 1).trim(), leadUnit: lead }, []), source: 'unit', problems: [] });
        continue;
      }
      if (rest.length <= 120 && !/[.;]$/.test(rest)) {
        unit = rest;
        continue;
      }
      unit = null;
      continue;
    }
    if (!unit || /^Lưu ý\s*:/u.test(text)) continue;
    out.push({ section, task: withTime({ content: stripNumber(text), leadUnit: unit }, []), source: 'unit', problems: [] });
  }
  return out;
}
