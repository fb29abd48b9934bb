import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { ActivityFields, EVIDENCE_MAX_BYTES, type Activity, type ActivityKind } from '../../../shared/domain/activity';
import { CCHC_AREAS, type CchcArea } from '../../../shared/domain/common';
import { areaLabels } from '../../../shared/domain/labels';
import { KINDS, specOf } from '../../../shared/domain/kinds/index';
import { carriedOver, defaultDetails, type DraftDetails as Details } from '../../../shared/domain/kinds/draft';
import type { FieldSpec } from '../../../shared/domain/kinds/spec';
import { errorMessage } from '../bridge';
import { fileToBase64, imageThumbnail } from '../files';
import { activityEntry } from '../stores/activity-entry';
import { todayIso } from '../stores/activities';
import { EvidencePanel } from './EvidencePanel';
import { evidenceFileProblem } from '../../../shared/domain/evidence-type';
import { parseSlots } from '../../../shared/domain/slots';
import { useTaskOptions } from './useTaskOptions';
import { DateField } from './DateField';
import { NumberField } from './NumberField';
import { useNumberProblems } from './useNumberProblems';
import { numbersText } from '../../../shared/strings/numbers';
import { FilePicker } from './FilePicker';
import { TaskSuggestion } from './TaskSuggestion';
import { formatDateTime } from '../../../shared/format';

const f = vi.activityForm;

export { defaultDetails };

/** The forms in the registry's order. */
const FORM_OPTIONS = Object.keys(KINDS).map((kind) => ({ value: kind, label: specOf(KINDS, kind).label }));
export interface Draft {
  date: string;
  title: string;
  taskId: string | null;
  areas: CchcArea[];
  unitName: string;
  note: string;
  details: Details;
}

const emptyDraft = (kind: ActivityKind): Draft => ({
  date: todayIso(),
  title: '',
  taskId: null,
  areas: [],
  unitName: '',
  note: '',
  details: defaultDetails(kind),
});
export const draftFromActivity = (a: Activity): Draft => ({
  date: a.date,
  title: a.title,
  taskId: a.taskId,
  areas: a.areas,
  unitName: a.unitName,
  note: a.note,
  details: { ...a.details } as Details,
});

/** A new entry after the last one of its form: only what the registry carries over (officer, place). */
const fromLastUsed = (a: Activity): Draft => ({
  ...emptyDraft(a.details.kind),
  unitName: a.unitName,
  details: carriedOver(KINDS, a.details),
});

interface Props {
  mode: 'new' | 'edit' | 'duplicate';
  initial: Activity | null;
  onSaved(message: string): void;
  onCancel(): void;
}

export function ActivityForm({ mode, initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() =>
    initial ? { ...draftFromActivity(initial), ...(mode === 'duplicate' ? { date: todayIso() } : {}) } : emptyDraft('broadcast'),
  );
  const [repeat, setRepeat] = useState<{ on: boolean; every: 'day' | 'week' | 'month'; times: number }>({
    on: false,
    every: 'day',
    times: 7,
  });
  const [files, setFiles] = useState<File[]>([]);
  const [slotText, setSlotText] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tasks = useTaskOptions();
  const touched = useRef(false);
  const { problem, blocked } = useNumberProblems();

  // Defaults for a new entry: the last values used for this form.
  useEffect(() => {
    if (mode !== 'new' || touched.current) return;
    let live = true;
    void activityEntry.lastUsed(draft.details.kind).then(
      (last) => {
        if (live && last && !touched.current) setDraft((d) => ({ ...fromLastUsed(last), title: d.title, date: d.date }));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mode, draft.details.kind]);

  const set = (patch: Partial<Draft>) => {
    touched.current = true;
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setD = (patch: Record<string, unknown>) => {
    touched.current = true;
    setDraft((d) => ({ ...d, details: { ...d.details, ...patch } }));
  };
  const changeKind = (kind: ActivityKind) => {
    touched.current = false;
    setSlotText(null);
    setDraft((d) => ({ ...d, details: defaultDetails(kind) }));
  };
  const err = (path: string) => errors[path];

  async function submit() {
    if (saving) return;
    setError(null);
    // Giờ phát is stored only as typed times: "25:99, abc" is refused here, never half-kept.
    const slots = draft.details.kind === 'broadcast' && slotText !== null ? parseSlots(slotText) : null;
    const parsed = ActivityFields.safeParse(slots?.ok ? { ...draft, details: { ...draft.details, slots: slots.slots } } : draft);
    // A number field still showing a refused text ("1,5" in Số người dự) blocks saving too; its message stays by the field.
    if (!parsed.success || (slots && !slots.ok) || blocked) {
      const map: Record<string, string> = {};
      if (slots && !slots.ok) map['details.slots'] = slots.message;
      if (!parsed.success) for (const i of parsed.error.issues) map[i.path.join('.')] ??= i.message;
      setErrors(map);
      setError(blocked ? numbersText.fixBeforeSave : vi.errors.invalidInput);
      return;
    }
    // The service checks again; checking here first means a wrong file saves nothing at all.
    for (const file of files) {
      const problem = evidenceFileProblem(file.size, new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()), EVIDENCE_MAX_BYTES);
      if (problem) {
        setError(
          problem === 'empty'
            ? vi.evidence.errors.empty(file.name)
            : problem === 'tooLarge'
              ? f.fileTooLarge(file.name)
              : vi.evidence.errors.badType(file.name),
        );
        return;
      }
    }
    setErrors({});
    setSaving(true);
    try {
      const evidence = [];
      for (const file of files)
        evidence.push({
          name: file.name,
          base64: await fileToBase64(file),
          thumbnailBase64: file.type.startsWith('image/') ? await imageThumbnail(file) : null,
        });
      // One call, one transaction: the activity (or the series) and every file, or nothing.
      const series = mode !== 'edit' && repeat.on && specOf(KINDS, draft.details.kind).series;
      const saved = await activityEntry.save({
        id: mode === 'edit' && initial ? initial.id : null,
        fields: parsed.data,
        repeat: series ? { every: repeat.every, times: repeat.times } : null,
        files: evidence,
      });
      onSaved(saved.length > 1 ? f.savedSeries(saved.length) : f.saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  const d = draft.details;
  const num = (key: string, label: string, opts: { nullable?: boolean } = {}) => (
    <NumberField
      label={label}
      value={d[key] === null || d[key] === undefined ? null : (d[key] as number)}
      onChange={(v) => setD({ [key]: v })}
      rules={{ required: !opts.nullable, max: (specOf(KINDS, d.kind).bounds as Record<string, number | undefined>)[key] }}
      onProblem={problem(`details.${key}`)}
      error={err(`details.${key}`)}
    />
  );
  const text = (key: string, label: string) => (
    <TextInput
      label={label}
      value={(d[key] as string) ?? ''}
      onChange={(e) => setD({ [key]: e.currentTarget.value })}
      error={err(`details.${key}`)}
    />
  );
  const date = (key: string, label: string) => (
    <DateField label={label} value={(d[key] as string) ?? ''} onChange={(iso) => setD({ [key]: iso })} error={err(`details.${key}`)} />
  );
  const select = (key: string, label: string, values: readonly string[], labels: Readonly<Record<string, string>>) => (
    <NativeSelect
      label={label}
      value={d[key] as string}
      onChange={(e) => setD({ [key]: e.currentTarget.value })}
      data={values.map((v) => ({ value: v, label: labels[v]! }))}
    />
  );
  const list = (key: string, label: string) => (
    <TextInput
      label={label}
      value={slotText ?? ((d[key] as string[]) ?? []).join(', ')}
      onChange={(e) => {
        setSlotText(e.currentTarget.value);
        setD({
          [key]: e.currentTarget.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        });
      }}
      error={err(`details.${key}`)}
    />
  );
  /** One input of the form's details, as the kind registry describes it. */
  const detailInput = (field: FieldSpec) => {
    const input = (() => {
      switch (field.input) {
        case 'select':
          return select(field.key, field.label, field.options, field.optionLabels);
        case 'number':
          return num(field.key, field.label, { nullable: field.nullable });
        case 'text':
          return text(field.key, field.label);
        case 'date':
          return date(field.key, field.label);
        case 'list':
          return list(field.key, field.label);
      }
    })();
    return <Fragment key={field.key}>{input}</Fragment>;
  };
  const series = specOf(KINDS, d.kind).series;
  const count = useMemo(() => (repeat.on && series && mode !== 'edit' ? repeat.times : 1), [repeat, series, mode]);

  return (
    <form
      // The app's own Vietnamese checks, never the browser's English "Please fill out this field".
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
      aria-label={mode === 'edit' ? f.editTitle : f.newTitle}
    >
      <Stack gap="sm">
        <SimpleGrid cols={3}>
          <NativeSelect
            label={f.form}
            value={d.kind}
            onChange={(e) => changeKind(e.currentTarget.value as ActivityKind)}
            data={FORM_OPTIONS}
            disabled={mode === 'edit'}
            data-autofocus
          />
          <DateField label={f.date} value={draft.date} onChange={(iso) => set({ date: iso ?? '' })} error={err('date')} required />
          <NativeSelect
            label={f.task}
            value={draft.taskId ?? ''}
            onChange={(e) => set({ taskId: e.currentTarget.value || null })}
            data={[{ value: '', label: f.outsidePlan }, ...tasks.map((t) => ({ value: t.taskId, label: t.label }))]}
          />
        </SimpleGrid>
        {!draft.taskId && <TaskSuggestion form={d.kind} date={draft.date} options={tasks} onPick={(taskId) => set({ taskId })} />}
        <TextInput
          label={f.title}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={err('title')}
          required
        />

        <SimpleGrid cols={3}>{specOf(KINDS, d.kind).fields.map((field) => detailInput(field))}</SimpleGrid>

        <Checkbox.Group label={f.areas} value={draft.areas} onChange={(v) => set({ areas: v as CchcArea[] })}>
          <SimpleGrid cols={3} spacing={4} mt={4}>
            {CCHC_AREAS.map((a) => (
              <Checkbox key={a} value={a} label={areaLabels[a]} size="xs" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={2}>
          <TextInput
            label={f.unit}
            value={draft.unitName}
            onChange={(e) => set({ unitName: e.currentTarget.value })}
            error={err('unitName')}
          />
          <Textarea
            label={f.note}
            value={draft.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
            autosize
            minRows={1}
            error={err('note')}
          />
        </SimpleGrid>

        {series && mode !== 'edit' && (
          <Group align="end">
            <Checkbox label={f.repeat} checked={repeat.on} onChange={(e) => setRepeat({ ...repeat, on: e.currentTarget.checked })} />
            {repeat.on && (
              <>
                <NativeSelect
                  label={f.repeatEvery}
                  value={repeat.every}
                  onChange={(e) => setRepeat({ ...repeat, every: e.currentTarget.value as 'day' })}
                  data={(['day', 'week', 'month'] as const).map((v) => ({ value: v, label: f.every[v] }))}
                />
                <NumberField
                  label={f.repeatTimes}
                  value={repeat.times}
                  rules={{ required: true, min: 1, max: 366 }}
                  onProblem={problem('repeat.times')}
                  onChange={(v) => v !== null && setRepeat({ ...repeat, times: v })}
                />
              </>
            )}
          </Group>
        )}

        {mode === 'edit' && initial && (
          <>
            <Text size="xs" c="dimmed">
              {f.enteredBy(initial.enteredBy, formatDateTime(initial.createdAt))}
            </Text>
            <EvidencePanel activityId={initial.id} />
          </>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {f.evidence}
          </Text>
          <FilePicker
            label={f.chooseFiles}
            multiple
            accept="image/*,.pdf,.doc,.docx,audio/*,.mp3,.m4a,.wav,.ogg,.amr"
            onFiles={setFiles}
            testId="evidence-chosen"
          />
        </Stack>

        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {f.keyboardHint}
          </Text>
          <Group>
            <Button variant="default" onClick={onCancel}>
              {vi.actions.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {count > 1 ? f.saveSeries(count) : f.save}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
