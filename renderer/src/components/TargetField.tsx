import { useCallback } from 'react';
import { TARGET_RULES } from '../../../shared/domain/target';
import { vi } from '../../../shared/strings/index';
import { useAnnexEditor } from '../stores/plans';
import { NumberField } from './NumberField';

/**
 * Chỉ tiêu of a task. A wrong value (−7, 2,5, "mười") stays on screen with its reason and is not
 * saved — never turned into 7 — and the editor says that something is not saved.
 */
export function TargetField({
  taskId,
  value,
  label,
  cell,
  onChange,
}: {
  taskId: string;
  value: number | null;
  label: string;
  /** In the grid: no visible label (the column header says it), a cell id for the keys. */
  cell?: string;
  onChange: (n: number | null) => void;
}) {
  const markInvalid = useAnnexEditor((s) => s.markInvalid);
  const onProblem = useCallback((message: string | null) => markInvalid(`target:${taskId}`, message), [markInvalid, taskId]);
  return (
    <NumberField
      label={label}
      messageName={vi.plans.extraColumns.target}
      hideLabel={!!cell}
      data-cell={cell}
      size={cell ? 'xs' : undefined}
      variant={cell ? 'unstyled' : undefined}
      rules={TARGET_RULES}
      value={value}
      onProblem={onProblem}
      onChange={onChange}
    />
  );
}
