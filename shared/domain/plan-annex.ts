import type { AnnexField, AnnexSection, PlanTask } from './plan';
import { toRoman } from '../print/nd30';

/** The text a phụ lục column shows for a task. */
export const annexCellText = (t: Pick<PlanTask, 'content' | 'formsText' | 'timeText' | 'leadUnit' | 'coopUnits' | 'product' | 'note'>, field: AnnexField): string =>
  ({ content: t.content, forms: t.formsText, time: t.timeText, lead: t.leadUnit, coop: t.coopUnits, product: t.product, note: t.note })[field];

/** A phụ lục group as printed: tasks without a section first, then sections I, II… */
export interface AnnexGroup<T> {
  key: string;
  /** Roman numeral, or null for the tasks outside any section. */
  label: string | null;
  title: string;
  tasks: T[];
}

/** Tasks grouped the way the phụ lục prints them; tasks are numbered 1..n inside each group. */
export function annexGroups<T extends { sectionId: string | null }>(sections: Pick<AnnexSection, 'id' | 'title'>[], tasks: T[]): AnnexGroup<T>[] {
  const loose = tasks.filter((t) => t.sectionId === null || !sections.some((s) => s.id === t.sectionId));
  return [
    ...(loose.length ? [{ key: 'none', label: null, title: '', tasks: loose }] : []),
    ...sections.map((s, i) => ({ key: s.id, label: toRoman(i + 1), title: s.title, tasks: tasks.filter((t) => t.sectionId === s.id) })),
  ];
}
