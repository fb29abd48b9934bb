import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { CommuneSettings, type CommuneSettingsInput } from '../../../shared/domain/settings';
import { useAppStore } from '../stores/app';
import { errorMessage } from '../bridge';

type Field = keyof CommuneSettingsInput;
const EMPTY: CommuneSettingsInput = { communeName: '', communeCode: '', province: '', officerName: '', officerTitle: '' };

/** The commune's identity, validated with the same schema the service uses. */
export function CommuneForm({ submitLabel, onSaved }: { submitLabel: string; onSaved?: () => void }) {
  const { settings, saveSettings } = useAppStore();
  const [values, setValues] = useState<CommuneSettingsInput>(settings ?? EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const field = (name: Field, label: string, hint: string, required = true) => (
    <TextInput
      label={label}
      description={hint}
      required={required}
      name={name}
      value={values[name] ?? ''}
      error={errors[name]}
      onChange={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
    />
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const parsed = CommuneSettings.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await saveSettings(parsed.data);
      onSaved?.();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const s = vi.settings;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {field('communeName', s.communeName, s.communeNameHint)}
        {field('communeCode', s.communeCode, s.communeCodeHint)}
        {field('province', s.province, s.provinceHint)}
        {field('officerName', s.officerName, s.officerNameHint)}
        {field('officerTitle', s.officerTitle, '', false)}
        {failure && <Alert color="red">{failure}</Alert>}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
