import { useCallback, useEffect, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useAnnexEditor } from '../stores/plans';
import type { AnnexField, AnnexLayout } from '../../../shared/domain/plan';
import { annexGroups } from '../../../shared/domain/plan-annex';
import { newId } from '../../../shared/ids';
import { vi } from '../../../shared/strings/index';
import { isGridPaste, parseClipboardGrid, withoutOrderColumn } from '../../../shared/domain/paste-grid';
import { makeActions, normalize, runRowCommand } from './annex-actions';
import { AnnexTaskRow } from './AnnexTaskRow';
import { keyboardHelpText, matchesKeys, rowCommandFor } from './annex-shortcuts';
import { useLocalFlag } from '../local-prefs';

const t = vi.plans;

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
  const [planning, setPlanning] = useLocalFlag('annex.planningColumns', true);

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
    if (matchesKeys(t.undoKeys, e)) {
      e.preventDefault();
      undo();
      return;
    }
    const command = task ? rowCommandFor(e) : null;
    if (!task || !command) return;
    e.preventDefault();
    runRowCommand(actions, task, command, toggle, col);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    const [id, col] = cell?.split(':') ?? [];
    const task = id ? useAnnexEditor.getState().tasks.find((x) => x.id === id) : undefined;
    const grid = parseClipboardGrid(e.clipboardData.getData('text/plain'));
    const fields = cols.map((c) => c.field);
    // Text for one cell, or a cell outside the printed columns: the browser pastes it.
    if (!task || !col || !fields.includes(col as AnnexField) || !isGridPaste(grid)) return;
    e.preventDefault();
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
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="annex-keys">
          {keyboardHelpText()}
        </Text>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Text size="sm" c={saveState === 'error' || invalidCount > 0 ? 'red' : 'dimmed'} data-testid="autosave-status">
            {saveText}
          </Text>
          <Button size="xs" variant="default" onClick={undo} title={t.withKeys(t.undo, t.undoKeys)}>
            {t.undo}
          </Button>
        </Group>
      </Group>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" data-testid="planning-hint">
          {t.planningHint}
        </Text>
        <Button size="xs" variant="subtle" style={{ flexShrink: 0 }} aria-pressed={planning} onClick={() => setPlanning(!planning)}>
          {planning ? t.hidePlanningColumns : t.showPlanningColumns}
        </Button>
      </Group>
      {undoEmpty && (
        <Alert color="gray" withCloseButton onClose={() => setUndoEmpty(false)}>
          {t.nothingToUndo}
        </Alert>
      )}
      <div onKeyDown={onKeyDown} onPaste={onPaste} style={{ overflowX: 'auto' }}>
        <table className="annex-grid" data-testid="annex-editor">
          <colgroup>
            <col style={{ width: 36 }} />
            {cols.map((c) => (
              <col key={c.field} style={{ width: `${c.width}%` }} />
            ))}
            {planning && <col style={{ width: 60 }} />}
            {planning && <col style={{ width: 96 }} />}
            <col style={{ width: 62 }} />
          </colgroup>
          <thead>
            <tr>
              <th>{layout.orderLabel}</th>
              {cols.map((c) => (
                <th key={c.field}>{c.label}</th>
              ))}
              {planning && <th className="annex-grid-planning">{t.targetColumn}</th>}
              {planning && <th className="annex-grid-planning">{t.spanColumn}</th>}
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
                        <td colSpan={cols.length + (planning ? 2 : 0)}>
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
                          <div className="annex-row-actions">
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              tabIndex={-1}
                              aria-label={t.addRowToSection(g.label)}
                              title={t.addRowToSection(g.label)}
                              onClick={() => actions.addAfter(null, section.id)}
                            >
                              +
                            </ActionIcon>
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
                          </div>
                        </td>
                      </tr>,
                    ]
                  : []),
                ...g.tasks.map((task, i) => (
                  <AnnexTaskRow
                    key={task.id}
                    task={task}
                    order={i + 1}
                    rowLabel={g.label ? `${g.label}.${i + 1}` : String(i + 1)}
                    cols={cols}
                    planning={planning}
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
