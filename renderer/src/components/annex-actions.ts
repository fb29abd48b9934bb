import { useAnnexEditor, blankTask, type AnnexState } from '../stores/plans';
import type { AnnexField } from '../../../shared/domain/plan';
import { guessSpan, type AnnexTaskInput } from '../../../shared/domain/plan-annex';
import { newId } from '../../../shared/ids';
import type { RowCommand } from './annex-shortcuts';

/** Which task property each phụ lục column edits. */
export const FIELD_KEY = {
  content: 'content',
  forms: 'formsText',
  time: 'timeText',
  lead: 'leadUnit',
  coop: 'coopUnits',
  product: 'product',
  note: 'note',
} as const satisfies Record<AnnexField, keyof AnnexTaskInput>;

/** Tasks ordered as printed: loose ones first, then each section's, keeping their relative order. */
export function normalize(s: AnnexState): AnnexState {
  const rank = new Map<string | null, number>([[null, -1], ...s.sections.map((x, i) => [x.id, i] as [string, number])]);
  const tasks = s.tasks
    .map((task, i) => ({ task, i }))
    .sort((a, b) => (rank.get(a.task.sectionId) ?? -1) - (rank.get(b.task.sectionId) ?? -1) || a.i - b.i)
    .map((x) => x.task);
  return { ...s, tasks };
}

export function updateTask(s: AnnexState, id: string, patch: Partial<AnnexTaskInput>): AnnexState {
  return normalize({ ...s, tasks: s.tasks.map((x) => (x.id === id ? { ...x, ...patch } : x)) });
}
export interface RowActions {
  addAfter(ref: AnnexTaskInput | null, sectionId: string | null, before?: boolean): void;
  duplicate(task: AnnexTaskInput): void;
  remove(task: AnnexTaskInput): void;
  move(task: AnnexTaskInput, dir: -1 | 1, col?: string): void;
  edit(task: AnnexTaskInput, field: AnnexField, value: string): void;
  /** A change to a task's other properties (Chỉ tiêu, Kỳ); `key` coalesces typing into one undo step. */
  set(task: AnnexTaskInput, patch: Partial<AnnexTaskInput>, key?: string | null): void;
  paste(task: AnnexTaskInput, field: AnnexField, grid: string[][], cols: AnnexField[]): void;
}

/** Row operations reading the store's current state, so rows can stay memoised. */
export function makeActions(firstCol: string): RowActions {
  const st = () => useAnnexEditor.getState();
  return {
    addAfter(ref, sectionId, before = false) {
      const n = blankTask(ref ? ref.sectionId : sectionId);
      st().change(
        (s) => {
          const tasksNext = [...s.tasks];
          const at = ref ? tasksNext.findIndex((x) => x.id === ref.id) + (before ? 0 : 1) : tasksNext.length;
          tasksNext.splice(at, 0, n);
          return normalize({ ...s, tasks: tasksNext });
        },
        null,
        `${n.id}:${firstCol}`,
      );
    },
    duplicate(task) {
      const n = { ...task, id: newId() };
      st().change(
        (s) => {
          const tasksNext = [...s.tasks];
          tasksNext.splice(tasksNext.findIndex((x) => x.id === task.id) + 1, 0, n);
          return { ...s, tasks: tasksNext };
        },
        null,
        `${n.id}:${firstCol}`,
      );
    },
    remove(task) {
      const tasks = st().tasks;
      const i = tasks.findIndex((x) => x.id === task.id);
      const next = tasks[i + 1] ?? tasks[i - 1];
      st().change((s) => ({ ...s, tasks: s.tasks.filter((x) => x.id !== task.id) }), null, next ? `${next.id}:${firstCol}` : null);
    },
    move(task, dir, col = firstCol) {
      st().change(
        (s) => {
          const same = s.tasks.filter((x) => x.sectionId === task.sectionId);
          const other = same[same.findIndex((x) => x.id === task.id) + dir];
          if (!other) return s;
          const a = s.tasks.findIndex((x) => x.id === task.id);
          const b = s.tasks.findIndex((x) => x.id === other.id);
          const tasksNext = [...s.tasks];
          tasksNext[a] = other;
          tasksNext[b] = task;
          return { ...s, tasks: tasksNext };
        },
        null,
        `${task.id}:${col}`,
      );
    },
    paste(task, field, grid, cols) {
      // One undo step: the block fills rows down from the cell pasted into (same section),
      // adding rows below when it is longer; columns past the last are dropped.
      const start = cols.indexOf(field);
      st().change(
        (s) => {
          const tasksNext = [...s.tasks];
          const same = tasksNext.filter((x) => x.sectionId === task.sectionId);
          const at = same.findIndex((x) => x.id === task.id);
          let insertAfter = tasksNext.findIndex((x) => x.id === task.id);
          grid.forEach((cells, r) => {
            let target = r === 0 ? task : same[at + r];
            if (!target) {
              target = blankTask(task.sectionId);
              tasksNext.splice(++insertAfter, 0, target);
            } else insertAfter = tasksNext.findIndex((x) => x.id === target!.id);
            const patch: Partial<AnnexTaskInput> = {};
            cells.forEach((v, c) => {
              const f = cols[start + c];
              if (f) (patch as Record<string, string>)[FIELD_KEY[f]] = v.trim();
            });
            if (patch.timeText !== undefined) patch.span = guessSpan(patch.timeText);
            const i = tasksNext.findIndex((x) => x.id === target!.id);
            tasksNext[i] = { ...tasksNext[i]!, ...patch };
          });
          return normalize({ ...s, tasks: tasksNext });
        },
        null,
        `${task.id}:${field}`,
      );
    },
    set(task, patch, key = null) {
      st().change((s) => updateTask(s, task.id, patch), key);
    },
    edit(task, field, v) {
      // The span follows the typed "Thời gian" until the officer sets it by hand.
      const cur = st().tasks.find((x) => x.id === task.id) ?? task;
      const follow = field === 'time' && JSON.stringify(cur.span) === JSON.stringify(guessSpan(cur.timeText));
      st().change(
        (s) => updateTask(s, task.id, { [FIELD_KEY[field]]: v, ...(follow ? { span: guessSpan(v) } : {}) }),
        `${task.id}:${field}`,
      );
    },
  };
}

/** A row button or its shortcut; `col` is the cell the keys were pressed in (focus stays there). */
export function runRowCommand(a: RowActions, task: AnnexTaskInput, c: RowCommand, toggleDetails: (id: string) => void, col?: string): void {
  switch (c) {
    case 'addBelow':
      return a.addAfter(task, task.sectionId);
    case 'insertAbove':
      return a.addAfter(task, task.sectionId, true);
    case 'duplicate':
      return a.duplicate(task);
    case 'moveUp':
      return a.move(task, -1, col);
    case 'moveDown':
      return a.move(task, 1, col);
    case 'details':
      return toggleDetails(task.id);
    case 'remove':
      return a.remove(task);
  }
}
