import { useEffect, useRef, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { numberFieldText, parseViNumber, type NumberRules } from '../../../shared/vi-number';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'label' | 'type'> & {
  /** The field's name: shown above it and named in its messages. */
  label: string;
  /** The field's name in its messages when the label says more ("Dòng 1 – Chỉ tiêu" → "Chỉ tiêu"). */
  messageName?: string;
  /** In a grid or a narrow row: no visible label (a header says it), only the accessible name. */
  hideLabel?: boolean;
  value: number | null;
  /** Called only with a number read exactly from the text (or null for an empty optional field). */
  onChange: (value: number | null) => void;
  rules?: Omit<NumberRules, 'label'>;
  /** Years and ids read better without the thousands dot. */
  grouped?: boolean;
  /** ↑ / ↓ add or take 1 (year pickers); off in grids, where the arrows move between cells. */
  arrowSteps?: boolean;
  /** A refused text's message, or null once the text reads again: the form blocks saving meanwhile. */
  onProblem?: (message: string | null) => void;
};

/**
 * Every number a person types in the app goes through this field and shared/vi-number.ts:
 * "1.200" is 1200, and "1,5" in a count is refused in place with a Vietnamese message — the text
 * stays as typed so it can be corrected, and the value the form holds does not change.
 */
export function NumberField({
  label,
  messageName,
  hideLabel,
  value,
  onChange,
  rules,
  grouped = true,
  arrowSteps = false,
  onProblem,
  error,
  ...rest
}: Props) {
  const read = (s: string) => parseViNumber(s, { label: messageName ?? label, ...rules });
  const [text, setText] = useState(() => numberFieldText(value, grouped));
  const [problem, setProblem] = useState<string | null>(null);
  // A new value from outside (a reset, another entry's defaults, undo) replaces the text unless it already says it.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    const r = read(text);
    if (!r.ok || r.value !== value) {
      setText(numberFieldText(value, grouped));
      setProblem(null);
    }
  }
  const report = useRef(onProblem);
  useEffect(() => {
    report.current = onProblem;
  });
  useEffect(() => report.current?.(problem), [problem]);
  useEffect(() => () => report.current?.(null), []);
  const take = (typed: string) => {
    setText(typed);
    const r = read(typed);
    setProblem(r.ok ? null : r.message);
    if (r.ok && r.value !== value) onChange(r.value);
  };
  return (
    <TextInput
      {...rest}
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      inputMode={rules?.decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={text}
      error={problem ?? error}
      onChange={(e) => take(e.currentTarget.value)}
      onKeyDown={(e) => {
        rest.onKeyDown?.(e);
        if (!arrowSteps || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        const r = read(text);
        if (!r.ok || r.value === null) return;
        e.preventDefault();
        const next = r.value + (e.key === 'ArrowUp' ? 1 : -1);
        if (read(numberFieldText(next, grouped)).ok) take(numberFieldText(next, grouped));
      }}
    />
  );
}

/** A plan's or a report's year: written without the thousands dot, 2000–2100. */
export const YEAR_RULES: Omit<NumberRules, 'label'> = { required: true, min: 2000, max: 2100, example: '2026' };

/** The one year picker (plans, reports, the province's matrix): no thousands dot, 2000–2100, ↑/↓ step. */
export function YearField(props: Omit<Props, 'rules' | 'grouped' | 'arrowSteps'>) {
  return <NumberField {...props} grouped={false} rules={YEAR_RULES} arrowSteps />;
}
