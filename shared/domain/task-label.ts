import type { TaskStatus } from './plan';
import { reportsText } from '../strings/reports';

/**
 * One label per concept for a task (docs/REPORTS.md): its printed number and its status words.
 * Tiến độ, the report's tables, the exports, the journal's pickers and the province view take
 * them from here, so the same task never reads "1" on one screen and "BS.1" on another, nor
 * "Chưa thực hiện" here and "Chưa triển khai" there.
 */

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The TT of a task of a plan's own phụ lục: "2" outside sections, "II.3" inside the second section. */
export function taskOrderLabel(
  sections: readonly { id: string }[],
  tasks: readonly { id: string; sectionId: string | null }[],
): (taskId: string) => string {
  const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
  const perGroup = new Map<string | null, number>();
  const labels = new Map<string, string>();
  for (const t of tasks) {
    const si = t.sectionId === null ? undefined : sectionIndex.get(t.sectionId);
    const group = si === undefined ? null : t.sectionId;
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    labels.set(t.id, si === undefined ? String(n) : `${ROMAN[si] ?? si + 1}.${n}`);
  }
  return (id) => labels.get(id) ?? '';
}

/** The TT of the n-th task an amendment adds: "BS.1", then "BS2.1" for the second amendment. */
export const amendmentTaskLabel = (amendment: number, n: number): string => reportsText.amendmentOrder(amendment, n);

/** A task's status in words, the same on every screen and document. */
export const taskStatusLabel = (status: TaskStatus): string => reportsText.taskStatus[status];
