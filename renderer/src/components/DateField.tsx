import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatDateVi, parseDateVi } from '../../../shared/text';
import { vi } from '../../../shared/strings/index';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** ISO yyyy-mm-dd, or null/'' when empty. */
  value: string | null | undefined;
  /**
   * ISO for a real date, null when empty. Text that is not a real date (31/02/2026) is handed on
   * as typed so the form's own check refuses it and nothing is saved ('keep', for forms); a
   * filter or an instant action drops it and only the field's message shows ('drop').
   */
  onChange: (iso: string | null) => void;
  invalid?: 'keep' | 'drop';
};

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * system locale and shows mm/dd/yyyy on many PCs); the value in and out is ISO.
 */
export function DateField({ value, onChange, error, invalid: onInvalid = 'keep', ...rest }: Props) {
  const [text, setText] = useState(formatDateVi(value ?? null));
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (another row, a reset) replaces the text unless it already says it.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (parseDateVi(text) !== (value || null)) setText(formatDateVi(value ?? null));
  }
  return (
    <TextInput
      {...rest}
      placeholder={rest.placeholder ?? 'dd/mm/yyyy'}
      inputMode="numeric"
      value={text}
      error={error ?? (invalid ? vi.validation.invalidDate : undefined)}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        if (!t.trim()) {
          setInvalid(false);
          onChange(null);
          return;
        }
        const iso = parseDateVi(t);
        setInvalid(!iso && t.trim().length >= 8);
        if (iso) onChange(iso);
        else if (onInvalid === 'keep') onChange(t);
      }}
      onBlur={(e) => {
        setInvalid(!!e.currentTarget.value.trim() && !parseDateVi(e.currentTarget.value));
        rest.onBlur?.(e);
      }}
    />
  );
}
