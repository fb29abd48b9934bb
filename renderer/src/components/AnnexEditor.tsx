import { memo, useCallback, useEffect, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { ActionIcon, Alert, Button, Group, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useAnnexEditor, usePlansStore, blankTask, type AnnexState } from '../stores/plans';
import type { AnnexField, AnnexLayout, TaskSpan } from '../../../shared/domain/plan';
import { ANNEX_FIELDS } from '../../../shared/domain/plan';
import { CCHC_AREAS, COMMUNICATION_FORMS } from '../../../shared/domain/common';
import { areaLabels, formLabels } from '../../../shared/domain/labels';
import { annexGroups, guessSpan, spanDisplay, type AnnexTaskInput } from '../../../shared/domain/plan-annex';
import { toRoman } from '../../../shared/print/nd30';
import { newId } from '../../../shared/ids';
import { vi } from '../../../shared/strings/index';
import { isGridPaste, parseClipboardGrid, withoutOrderColumn } from '../../../shared/domain/paste-grid';
import { TargetField } from './TargetField';

const t = vi.plans;
const FIELD_KEY = {
  content: 'content',
  forms: 'formsText',
  time: 'timeText',
  lead: 'leadUnit',
  coop: 'coopUnits',
  product: 'product',
  note: 'note',
} as const satisfies Record<AnnexField, keyof AnnexTaskInput>;

/** Tasks ordered as printed: loose ones first, then each section's, keeping their relative order. */
function normalize(s: AnnexState): AnnexState {
  const rank = new Map<string | null, number>([[null, -1], ...s.sections.map((x, i) => [x.id, i] as [string, number])]);
  const tasks = s.tasks
    .map((task, i) => ({ task, i }))
    .sort((a, b) => (rank.get(a.task.sectionId) ?? -1) - (rank.get(b.task.sectionId) ?? -1) || a.i - b.i)
    .map((x) => x.task);
  return { ...s, tasks };
}

function updateTask(s: AnnexState, id: string, patch: Partial<AnnexTaskInput>): AnnexState {
  return normalize({ ...s, tasks: s.tasks.map((x) => (x.id === id ? { ...x, ...patch } : x)) });
}

interface RowActions {
  addAfter(ref: AnnexTaskInput | null, sectionId: string | null, before?: boolean): void;
  duplicate(task: AnnexTaskInput): void;
  remove(task: AnnexTaskInput): void;
  move(task: AnnexTaskInput, dir: -1 | 1, col?: string): void;
  edit(task: AnnexTaskInput, field: AnnexField, value: string): void;
  paste(task: AnnexTaskInput, field: AnnexField, grid: string[][], cols: AnnexField[]): void;
}

/** Row operations reading the store's current state, so rows can stay memoised. */
function makeActions(firstCol: string): RowActions {
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

/** The keyboard-friendly phụ lục grid: cells in the plan's column layout, autosaved, with undo. */
export function AnnexEditor({ layout, year }: { layout: AnnexLayout; year: number }) {
  const sections = useAnnexEditor((s) => s.sections);
  const tasks = useAnnexEditor((s) => s.tasks);
  const focus = useAnnexEditor((s) => s.focus);
  const change = useAnnexEditor((s) => s.change);
  const saveState = useAnnexEditor((s) => s.saveState);
  const saveError = useAnnexEditor((s) => s.saveError);
  const [open, setOpen] = useState<string | null>(null);
  const [undoEmpty, setUndoEmpty] = useState(false);
  const groups = useMemo(() => annexGroups(sections, tasks), [sections, tasks]);
  const cols = layout.columns;
  const firstCol = cols[0]?.field ?? 'content';
  const actions = useMemo(() => makeActions(firstCol), [firstCol]);
  const toggle = useCallback((id: string) => setOpen((o) => (o === id ? null : id)), []);

  useEffect(() => {
    if (!focus) return;
    document.querySelector<HTMLElement>(`[data-cell="${focus}"]`)?.focus();
    useAnnexEditor.setState({ focus: null });
  }, [focus]);

  const undo = () => setUndoEmpty(!useAnnexEditor.getState().undo());

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    const [id, col] = cell?.split(':') ?? [];
    const task = id ? useAnnexEditor.getState().tasks.find((x) => x.id === id) : undefined;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if (task && ctrl && e.key === 'Enter') {
      e.preventDefault();
      actions.addAfter(task, task.sectionId, e.shiftKey);
    } else if (task && ctrl && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      actions.duplicate(task);
    } else if (task && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      actions.move(task, e.key === 'ArrowUp' ? -1 : 1, col);
    } else if (task && ctrl && e.key === 'Delete') {
      e.preventDefault();
      actions.remove(task);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    const [id, col] = cell?.split(':') ?? [];
    const task = id ? useAnnexEditor.getState().tasks.find((x) => x.id === id) : undefined;
    const grid = parseClipboardGrid(e.clipboardData.getData('text/plain'));
    if (!task || !col || !isGridPaste(grid)) return; // text for one cell: the browser pastes it
    e.preventDefault();
    const fields = cols.map((c) => c.field);
    actions.paste(task, col as AnnexField, withoutOrderColumn(grid, fields.length - fields.indexOf(col as AnnexField)), fields);
  };

  const invalidCount = useAnnexEditor((s) => Object.keys(s.invalid).length);
  const saveText =
    invalidCount > 0
      ? t.notSavedInvalid(invalidCount)
      : saveState === 'saving'
        ? t.autosaving
        : saveState === 'saved'
          ? t.autosaved
          : saveState === 'error'
            ? `${t.autosaveFailed}${saveError ?? ''}`
            : '';
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t.keyboardHelp}
        </Text>
        <Group gap="xs">
          <Text size="sm" c={saveState === 'error' || invalidCount > 0 ? 'red' : 'dimmed'} data-testid="autosave-status">
            {saveText}
          </Text>
          <Button size="xs" variant="default" onClick={undo}>
            {t.undo}
          </Button>
        </Group>
      </Group>
      {undoEmpty && (
        <Alert color="gray" withCloseButton onClose={() => setUndoEmpty(false)}>
          {t.nothingToUndo}
        </Alert>
      )}
      <div onKeyDown={onKeyDown} onPaste={onPaste} style={{ overflowX: 'auto' }}>
        <table className="annex-grid" data-testid="annex-editor">
          <colgroup>
            <col style={{ width: 52 }} />
            {cols.map((c) => (
              <col key={c.field} style={{ width: `${c.width}%` }} />
            ))}
            <col style={{ width: 190 }} />
          </colgroup>
          <thead>
            <tr>
              <th>{layout.orderLabel}</th>
              {cols.map((c) => (
                <th key={c.field}>{c.label}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const section = sections.find((s) => s.id === g.key);
              return [
                ...(section && g.label
                  ? [
                      <tr key={`s-${g.key}`} className="annex-grid-section">
                        <td className="annex-grid-order">{g.label}</td>
                        <td colSpan={cols.length}>
                          <TextInput
                            variant="unstyled"
                            fw={700}
                            aria-label={t.sectionTitle(g.label)}
                            value={section.title}
                            onChange={(e) => {
                              const v = e.currentTarget.value;
                              change(
                                (s) => ({ ...s, sections: s.sections.map((x) => (x.id === section.id ? { ...x, title: v } : x)) }),
                                `s:${section.id}`,
                              );
                            }}
                          />
                        </td>
                        <td>
                          <Group gap={4} wrap="nowrap">
                            <Button size="compact-xs" variant="light" tabIndex={-1} onClick={() => actions.addAfter(null, section.id)}>
                              {t.addRow}
                            </Button>
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              color="red"
                              tabIndex={-1}
                              aria-label={t.deleteSection}
                              title={t.deleteSection}
                              onClick={() =>
                                change((s) =>
                                  normalize({
                                    sections: s.sections.filter((x) => x.id !== section.id),
                                    tasks: s.tasks.map((x) => (x.sectionId === section.id ? { ...x, sectionId: null } : x)),
                                  }),
                                )
                              }
                            >
                              ✕
                            </ActionIcon>
                          </Group>
                        </td>
                      </tr>,
                    ]
                  : []),
                ...g.tasks.map((task, i) => (
                  <TaskRow
                    key={task.id}
                    task={task}
                    order={i + 1}
                    rowLabel={g.label ? `${g.label}.${i + 1}` : String(i + 1)}
                    cols={cols}
                    open={open === task.id}
                    onToggle={toggle}
                    actions={actions}
                    layout={layout}
                    year={year}
                  />
                )),
              ];
            })}
          </tbody>
        </table>
      </div>
      <Group>
        <Button variant="light" onClick={() => actions.addAfter(null, sections.length ? sections[sections.length - 1]!.id : null)}>
          {t.addRow}
        </Button>
        <Button variant="default" onClick={() => change((s) => ({ ...s, sections: [...s.sections, { id: newId(), title: '' }] }))}>
          {t.addSectionRow}
        </Button>
      </Group>
    </Stack>
  );
}

interface TaskRowProps {
  task: AnnexTaskInput;
  order: number;
  rowLabel: string;
  cols: AnnexLayout['columns'];
  open: boolean;
  onToggle(id: string): void;
  actions: RowActions;
  layout: AnnexLayout;
  year: number;
}

/** One task row (and its details when open); re-renders only when its own task changes. */
const TaskRow = memo(function TaskRow({ task, order, rowLabel, cols, open, onToggle, actions, layout, year }: TaskRowProps) {
  return (
    <>
      <tr data-row={task.id}>
        <td className="annex-grid-order">{order}</td>
        {cols.map((c) => (
          <td key={c.field}>
            <Textarea
              autosize
              minRows={1}
              variant="unstyled"
              data-cell={`${task.id}:${c.field}`}
              aria-label={t.cellLabel(rowLabel, c.label)}
              value={task[FIELD_KEY[c.field]]}
              onChange={(e) => actions.edit(task, c.field, e.currentTarget.value)}
            />
          </td>
        ))}
        <td>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={`${t.insertRow} ${rowLabel}`}
              title={t.insertRow}
              onClick={() => actions.addAfter(task, task.sectionId, true)}
            >
              +
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={`${t.duplicateRow} ${rowLabel}`}
              title={t.duplicateRow}
              onClick={() => actions.duplicate(task)}
            >
              2×
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={`${t.moveRowUp} ${rowLabel}`}
              title={t.moveRowUp}
              onClick={() => actions.move(task, -1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={`${t.moveRowDown} ${rowLabel}`}
              title={t.moveRowDown}
              onClick={() => actions.move(task, 1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={`${t.rowDetails} ${rowLabel}`}
              title={t.rowDetails}
              onClick={() => onToggle(task.id)}
            >
              ⋯
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              tabIndex={-1}
              aria-label={`${t.deleteRow} ${rowLabel}`}
              title={t.deleteRow}
              onClick={() => actions.remove(task)}
            >
              ✕
            </ActionIcon>
          </Group>
        </td>
      </tr>
      {open && (
        <tr className="annex-grid-details">
          <td />
          <td colSpan={cols.length + 1}>
            <TaskDetails task={task} layout={layout} year={year} />
          </td>
        </tr>
      )}
    </>
  );
});

/** The machine-readable side of a task: section, CCHC areas, forms, span, target, unprinted texts. */
function TaskDetails({ task, layout, year }: { task: AnnexTaskInput; layout: AnnexLayout; year: number }) {
  const { sections, change } = useAnnexEditor();
  const units = usePlansStore((s) => s.units);
  const loadUnits = usePlansStore((s) => s.loadUnits);
  useEffect(() => void loadUnits(), [loadUnits]);
  const set = (patch: Partial<AnnexTaskInput>, key: string | null = null) => change((s) => updateTask(s, task.id, patch), key);
  const printed = new Set(layout.columns.map((c) => c.field));
  const span = task.span;
  const setSpan = (s: TaskSpan) => set({ span: s });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <Stack gap="xs" p="xs" bg="gray.0">
      <Group grow align="flex-start">
        <Select
          label={t.inSection}
          data={[{ value: '', label: t.sectionNone }, ...sections.map((s, i) => ({ value: s.id, label: `${toRoman(i + 1)}. ${s.title}` }))]}
          value={task.sectionId ?? ''}
          onChange={(v) => set({ sectionId: v ? v : null })}
          allowDeselect={false}
        />
        <TargetField
          taskId={task.id}
          label={t.targetCount}
          value={task.targetCount}
          onChange={(n) => set({ targetCount: n }, `target:${task.id}`)}
        />
      </Group>
      <Group grow align="flex-start">
        <MultiSelect
          label={t.areas}
          data={CCHC_AREAS.map((a) => ({ value: a, label: areaLabels[a] }))}
          value={task.areas}
          onChange={(v) => set({ areas: v as AnnexTaskInput['areas'] })}
        />
        <MultiSelect
          label={t.forms}
          data={COMMUNICATION_FORMS.map((f) => ({ value: f, label: formLabels[f] }))}
          value={task.forms}
          onChange={(v) => set({ forms: v as AnnexTaskInput['forms'] })}
        />
      </Group>
      <Group grow align="flex-end">
        <Select
          label={t.pickLead}
          placeholder={task.leadUnit || t.pickPlaceholder}
          data={units}
          value={null}
          searchable
          onChange={(u) => u && set({ leadUnit: u })}
        />
        <Select
          label={t.pickCoop}
          placeholder={t.pickPlaceholder}
          data={units}
          value={null}
          searchable
          onChange={(u) => {
            if (!u) return;
            const list = task.coopUnits
              .split(/[,;]\s*/)
              .map((x) => x.trim())
              .filter(Boolean);
            if (!list.includes(u)) set({ coopUnits: [...list, u].join(', ') });
          }}
        />
      </Group>
      <Group align="flex-end">
        <Select
          label={t.spanLabel}
          data={(['year', 'quarter', 'months', 'recurring'] as const).map((k) => ({ value: k, label: t.spanKind[k] }))}
          value={span.kind}
          allowDeselect={false}
          onChange={(k) =>
            setSpan(
              k === 'quarter'
                ? { kind: 'quarter', quarter: 1 }
                : k === 'months'
                  ? { kind: 'months', from: 1, to: 1 }
                  : k === 'recurring'
                    ? { kind: 'recurring', every: 'month' }
                    : { kind: 'year' },
            )
          }
        />
        {span.kind === 'quarter' && (
          <Select
            aria-label={t.spanKind.quarter}
            data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t.quarterN(q) }))}
            value={String(span.quarter)}
            allowDeselect={false}
            onChange={(v) => setSpan({ kind: 'quarter', quarter: Number(v) })}
          />
        )}
        {span.kind === 'months' && (
          <>
            <Select
              label={t.monthFrom}
              data={months}
              value={String(span.from)}
              allowDeselect={false}
              onChange={(v) => setSpan({ kind: 'months', from: Number(v), to: Math.max(Number(v), span.to) })}
            />
            <Select
              label={t.monthTo}
              data={months.filter((m) => Number(m.value) >= span.from)}
              value={String(span.to)}
              allowDeselect={false}
              onChange={(v) => setSpan({ kind: 'months', from: span.from, to: Number(v) })}
            />
          </>
        )}
        {span.kind === 'recurring' && (
          <Select
            aria-label={t.spanKind.recurring}
            data={(['month', 'quarter'] as const).map((e) => ({ value: e, label: t.every[e] }))}
            value={span.every}
            allowDeselect={false}
            onChange={(v) => setSpan({ kind: 'recurring', every: v === 'quarter' ? 'quarter' : 'month' })}
          />
        )}
        <Button variant="default" onClick={() => set({ timeText: spanDisplay(span, year) })}>
          {t.useSpanText}
        </Button>
      </Group>
      {ANNEX_FIELDS.filter((f) => !printed.has(f)).map((f) => (
        <Textarea
          key={f}
          autosize
          minRows={1}
          label={t.fieldNames[f]}
          value={task[FIELD_KEY[f]]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ [FIELD_KEY[f]]: v }, `${task.id}:${f}`);
          }}
        />
      ))}
    </Stack>
  );
}
