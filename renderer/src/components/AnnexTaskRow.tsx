import { memo } from 'react';
import { Textarea } from '@mantine/core';
import type { AnnexLayout } from '../../../shared/domain/plan';
import type { AnnexTaskInput } from '../../../shared/domain/plan-annex';
import { vi } from '../../../shared/strings/index';
import { FIELD_KEY, runRowCommand, type RowActions } from './annex-actions';
import { AnnexTaskDetails } from './AnnexTaskDetails';
import { AnnexRowActions } from './AnnexRowActions';
import { AnnexSpanCell } from './AnnexSpanCell';
import { TargetField } from './TargetField';

const t = vi.plans;

interface TaskRowProps {
  task: AnnexTaskInput;
  order: number;
  rowLabel: string;
  cols: AnnexLayout['columns'];
  /** Chỉ tiêu and Kỳ thực hiện as columns (else in "Chi tiết"). */
  planning: boolean;
  open: boolean;
  onToggle(id: string): void;
  actions: RowActions;
  layout: AnnexLayout;
  year: number;
}

/** One task row (and its details when open); re-renders only when its own task changes. */
export const AnnexTaskRow = memo(function TaskRow({
  task,
  order,
  rowLabel,
  cols,
  planning,
  open,
  onToggle,
  actions,
  layout,
  year,
}: TaskRowProps) {
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
        {planning && (
          <>
            <td className="annex-grid-planning">
              <TargetField
                taskId={task.id}
                label={t.cellLabel(rowLabel, t.targetColumn)}
                cell={`${task.id}:target`}
                value={task.targetCount}
                onChange={(n) => actions.set(task, { targetCount: n }, `target:${task.id}`)}
              />
            </td>
            <td className="annex-grid-planning">
              <AnnexSpanCell
                span={task.span}
                label={t.cellLabel(rowLabel, t.spanColumn)}
                cell={`${task.id}:span`}
                onChange={(span) => actions.set(task, { span })}
              />
            </td>
          </>
        )}
        <td>
          <AnnexRowActions rowLabel={rowLabel} open={open} run={(c) => runRowCommand(actions, task, c, onToggle)} />
        </td>
      </tr>
      {open && (
        <tr className="annex-grid-details">
          <td />
          <td colSpan={cols.length + (planning ? 3 : 1)}>
            <AnnexTaskDetails task={task} layout={layout} year={year} planning={!planning} />
          </td>
        </tr>
      )}
    </>
  );
});
