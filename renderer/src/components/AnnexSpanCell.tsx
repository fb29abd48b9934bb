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
  if (!data.some((d) => d.value === current)) data.push({ value: current, label: spanShort(span) });
  return (
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
      onChange={(v) => v && v !== current && onChange(spanFromKey(v))}
    />
  );
}
