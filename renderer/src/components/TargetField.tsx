import { useEffect, useState } from 'react';
import { TextInput } from '@mantine/core';
import { parseTarget } from '../../../shared/domain/target';
import { useAnnexEditor } from '../stores/plans';

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
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const markInvalid = useAnnexEditor((s) => s.markInvalid);
  useEffect(() => {
    markInvalid(`target:${taskId}`, error);
    return () => markInvalid(`target:${taskId}`, null);
  }, [markInvalid, taskId, error]);
  // Undo or a reload brings a new value: show it unless the text already says it.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    const r = parseTarget(text);
    if (!r.ok || r.value !== value) {
      setText(value === null ? '' : String(value));
      setError(null);
    }
  }
  return (
    <TextInput
      label={cell ? undefined : label}
      aria-label={cell ? label : undefined}
      data-cell={cell}
      size={cell ? 'xs' : undefined}
      variant={cell ? 'unstyled' : undefined}
      inputMode="numeric"
      value={text}
      error={error}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const r = parseTarget(typed);
        setError(r.ok ? null : r.message);
        if (r.ok && r.value !== value) onChange(r.value);
      }}
    />
  );
}
