import { useRef, useState } from 'react';
import { Select } from '@mantine/core';
import type { TaskSpan } from '../../../shared/domain/plan';
import { SPAN_CHOICES, spanFromKey, spanKey, spanShort } from './annex-span-keys';

/**
 * Kỳ thực hiện as a column: the common spans in one list; a span of several months (set in
 * "Chi tiết") shows as itself and stays a choice.
 */
export function AnnexSpanCell({
  span,
  label,
  cell,
  onChange,
}: {
  span: TaskSpan;
  label: string;
  cell: string;
  onChange(s: TaskSpan): void;
}) {
  const data = SPAN_CHOICES.map((s) => ({ value: spanKey(s), label: spanShort(s) }));
  const current = spanKey(span);
  // Alt+↑/↓ moves the row (the grid's shortcut); it must not also open this list.
  const [opened, setOpened] = useState(false);
  const rowKey = useRef(false);
  if (!data.some((d) => d.value === current)) data.push({ value: current, label: spanShort(span) });
  return (
    <div
      onKeyDownCapture={(e) => {
        rowKey.current = e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
      }}
    >
      <Select
        size="xs"
        variant="unstyled"
        aria-label={label}
        data-cell={cell}
        data={data}
        value={current}
        allowDeselect={false}
        withCheckIcon={false}
        comboboxProps={{ width: 140, position: 'bottom-start' }}
        maxDropdownHeight={320}
        dropdownOpened={opened}
        onDropdownOpen={() => {
          if (!rowKey.current) setOpened(true);
          rowKey.current = false;
        }}
        onDropdownClose={() => setOpened(false)}
        onChange={(v) => v && v !== current && onChange(spanFromKey(v))}
      />
    </div>
  );
}
