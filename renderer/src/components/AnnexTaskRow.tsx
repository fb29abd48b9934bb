import { memo } from 'react';
import { ActionIcon, Group, Textarea } from '@mantine/core';
import type { AnnexLayout } from '../../../shared/domain/plan';
import type { AnnexTaskInput } from '../../../shared/domain/plan-annex';
import { vi } from '../../../shared/strings/index';
import { FIELD_KEY, type RowActions } from './annex-actions';
import { AnnexTaskDetails } from './AnnexTaskDetails';

const t = vi.plans;

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
export const AnnexTaskRow = memo(function TaskRow({ task, order, rowLabel, cols, open, onToggle, actions, layout, year }: TaskRowProps) {
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
            <AnnexTaskDetails task={task} layout={layout} year={year} />
          </td>
        </tr>
      )}
    </>
  );
});
