import { z } from 'zod';
import { Id, Text } from './common';
import { PlanTaskFields, type AnnexField, type AnnexSection, type PlanTask, type TaskSpan } from './plan';
import { asciiFold, toRoman } from '../print/nd30';
import { plansText } from '../strings/plans';

/** The text a phụ lục column shows for a task. */
export const annexCellText = (
  t: Pick<PlanTask, 'content' | 'formsText' | 'timeText' | 'leadUnit' | 'coopUnits' | 'product' | 'note'>,
  field: AnnexField,
): string =>
  ({ content: t.content, forms: t.formsText, time: t.timeText, lead: t.leadUnit, coop: t.coopUnits, product: t.product, note: t.note })[
    field
  ];

/** A phụ lục group as printed: tasks without a section first, then sections I, II… */
export interface AnnexGroup<T> {
  key: string;
  /** Roman numeral, or null for the tasks outside any section. */
  label: string | null;
  title: string;
  tasks: T[];
}

/** Tasks grouped the way the phụ lục prints them; tasks are numbered 1..n inside each group. */
export function annexGroups<T extends { sectionId: string | null }>(
  sections: Pick<AnnexSection, 'id' | 'title'>[],
  tasks: T[],
): AnnexGroup<T>[] {
  const loose = tasks.filter((t) => t.sectionId === null || !sections.some((s) => s.id === t.sectionId));
  return [
    ...(loose.length ? [{ key: 'none', label: null, title: '', tasks: loose }] : []),
    ...sections.map((s, i) => ({ key: s.id, label: toRoman(i + 1), title: s.title, tasks: tasks.filter((t) => t.sectionId === s.id) })),
  ];
}

/** Most tasks a phụ lục may hold (and rows an imported sheet may have). */
export const MAX_ANNEX_TASKS = 1000;
export const MAX_ANNEX_SECTIONS = 50;

/** One task as the editor saves it: the printed and the machine fields, with a client-made id. */
/** replacesTaskId may be left out: the saved value stays (the annex grid does not edit it). */
export const AnnexTaskInput = PlanTaskFields.omit({ status: true, statusDate: true, replacesTaskId: true })
  .extend({ id: Id, replacesTaskId: Id.nullable().optional() })
  .strict();
export type AnnexTaskInput = z.infer<typeof AnnexTaskInput>;
export const AnnexSectionInput = z.object({ id: Id, title: Text(500) }).strict();
export type AnnexSectionInput = z.infer<typeof AnnexSectionInput>;

/** The whole phụ lục content as the editor holds it; saved in one transaction. */
export const AnnexSave = z
  .object({
    planId: Id,
    sections: z.array(AnnexSectionInput).max(MAX_ANNEX_SECTIONS),
    tasks: z.array(AnnexTaskInput).max(MAX_ANNEX_TASKS),
  })
  .strict();
export type AnnexSave = z.infer<typeof AnnexSave>;

const ANNEX_TASK_KEYS = Object.keys(AnnexTaskInput.shape) as (keyof AnnexTaskInput)[];

/**
 * A saved plan's phụ lục as the editor holds it and sends it back: each task cut to the fields
 * AnnexTaskInput takes (derived from that schema, so a new field cannot be forgotten here).
 */
export function annexOf(d: { sections: readonly AnnexSection[]; tasks: readonly PlanTask[] }): Omit<AnnexSave, 'planId'> {
  return {
    sections: d.sections.map((s) => ({ id: s.id, title: s.title })),
    tasks: d.tasks.map((t) => Object.fromEntries(ANNEX_TASK_KEYS.map((k) => [k, t[k]])) as AnnexTaskInput),
  };
}

const t = plansText.span;

/** The span as a short code text (Excel column "Kỳ thực hiện"): "Cả năm", "Quý II", "Tháng 3-5", "Hàng tháng". */
export function spanCode(s: TaskSpan): string {
  switch (s.kind) {
    case 'year':
      return t.year;
    case 'quarter':
      return `${t.quarter} ${toRoman(s.quarter)}`;
    case 'months':
      return s.from === s.to ? `${t.month} ${s.from}` : `${t.month} ${s.from}-${s.to}`;
    case 'recurring':
      return s.every === 'month' ? t.everyMonth : t.everyQuarter;
  }
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Read a span code back (case- and diacritics-insensitive); null when it is not one. */
export function parseSpanCode(text: string): TaskSpan | null {
  const f = asciiFold(text).toLowerCase().replace(/\s+/g, ' ').trim();
  if (f === '' || f === 'ca nam' || f === 'nam') return { kind: 'year' };
  if (f === 'hang thang' || f === 'dinh ky hang thang') return { kind: 'recurring', every: 'month' };
  if (f === 'hang quy' || f === 'dinh ky hang quy') return { kind: 'recurring', every: 'quarter' };
  let m = /^quy (i|ii|iii|iv|1|2|3|4)$/.exec(f);
  if (m) return { kind: 'quarter', quarter: ROMAN_Q[m[1]!]! };
  m = /^thang (\d{1,2})(?: ?- ?(\d{1,2}))?$/.exec(f);
  if (m) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from >= 1 && to <= 12 && from <= to) return { kind: 'months', from, to };
  }
  return null;
}

/** The usual printed "Thời gian" text for a span: "Quý I/2026", "Cả năm 2026", "Định kỳ hàng tháng". */
export function spanDisplay(s: TaskSpan, year: number): string {
  switch (s.kind) {
    case 'year':
      return `${t.year} ${year}`;
    case 'quarter':
      return `${t.quarter} ${toRoman(s.quarter)}/${year}`;
    case 'months':
      return s.from === s.to ? `${t.month} ${s.from}/${year}` : `${t.month} ${s.from} - ${s.to}/${year}`;
    case 'recurring':
      return s.every === 'month' ? t.recurringMonth : t.recurringQuarter;
  }
}

/** Guess the span from free "Thời gian" text ("Quý I/2026", "Thường xuyên", "Tháng 3"). */
export function guessSpan(timeText: string): TaskSpan {
  const f = asciiFold(timeText).toLowerCase();
  let m = /quy (iv|iii|ii|i|[1-4])\b/.exec(f);
  if (m) return { kind: 'quarter', quarter: ROMAN_Q[m[1]!]! };
  if (/hang thang/.test(f)) return { kind: 'recurring', every: 'month' };
  if (/hang quy/.test(f)) return { kind: 'recurring', every: 'quarter' };
  m = /thang (\d{1,2})(?:\s*-\s*(\d{1,2}))?/.exec(f);
  if (m) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from >= 1 && to <= 12 && from <= to) return { kind: 'months', from, to };
  }
  return { kind: 'year' };
}

/** A problem found in an imported sheet: Excel row number, column header, what is wrong. */
export const ImportProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;
