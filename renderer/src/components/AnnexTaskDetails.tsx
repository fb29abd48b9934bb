import { useEffect } from 'react';
import { Button, Group, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useAnnexEditor, usePlansStore } from '../stores/plans';
import type { AnnexLayout, TaskSpan } from '../../../shared/domain/plan';
import { ANNEX_FIELDS } from '../../../shared/domain/plan';
import { CCHC_AREAS, COMMUNICATION_FORMS } from '../../../shared/domain/common';
import { areaLabels, formLabels } from '../../../shared/domain/labels';
import { spanDisplay, type AnnexTaskInput } from '../../../shared/domain/plan-annex';
import { toRoman } from '../../../shared/print/nd30';
import { vi } from '../../../shared/strings/index';
import { FIELD_KEY, updateTask } from './annex-actions';
import { TargetField } from './TargetField';

const t = vi.plans;

/**
 * The machine-readable side of a task: section, CCHC areas, forms, span, target, unprinted texts.
 * `planning`: Chỉ tiêu is edited here (its column is hidden); one field per value, so a refused
 * Chỉ tiêu has one place that shows why. Kỳ stays here too for spans of several months.
 */
export function AnnexTaskDetails({
  task,
  layout,
  year,
  planning,
}: {
  task: AnnexTaskInput;
  layout: AnnexLayout;
  year: number;
  planning: boolean;
}) {
  const { sections, change } = useAnnexEditor();
  const units = usePlansStore((s) => s.units);
  const loadUnits = usePlansStore((s) => s.loadUnits);
  useEffect(() => void loadUnits(), [loadUnits]);
  const set = (patch: Partial<AnnexTaskInput>, key: string | null = null) => change((s) => updateTask(s, task.id, patch), key);
  const printed = new Set(layout.columns.map((c) => c.field));
  const span = task.span;
  const setSpan = (s: TaskSpan) => set({ span: s });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <Stack gap="xs" p="xs" bg="gray.0">
      <Group grow align="flex-start">
        <Select
          label={t.inSection}
          data={[{ value: '', label: t.sectionNone }, ...sections.map((s, i) => ({ value: s.id, label: `${toRoman(i + 1)}. ${s.title}` }))]}
          value={task.sectionId ?? ''}
          onChange={(v) => set({ sectionId: v ? v : null })}
          allowDeselect={false}
        />
        {planning && (
          <TargetField
            taskId={task.id}
            label={t.targetCount}
            value={task.targetCount}
            onChange={(n) => set({ targetCount: n }, `target:${task.id}`)}
          />
        )}
      </Group>
      <Group grow align="flex-start">
        <MultiSelect
          label={t.areas}
          data={CCHC_AREAS.map((a) => ({ value: a, label: areaLabels[a] }))}
          value={task.areas}
          onChange={(v) => set({ areas: v as AnnexTaskInput['areas'] })}
        />
        <MultiSelect
          label={t.forms}
          data={COMMUNICATION_FORMS.map((f) => ({ value: f, label: formLabels[f] }))}
          value={task.forms}
          onChange={(v) => set({ forms: v as AnnexTaskInput['forms'] })}
        />
      </Group>
      <Group grow align="flex-end">
        <Select
          label={t.pickLead}
          placeholder={task.leadUnit || t.pickPlaceholder}
          data={units}
          value={null}
          searchable
          onChange={(u) => u && set({ leadUnit: u })}
        />
        <Select
          label={t.pickCoop}
          placeholder={t.pickPlaceholder}
          data={units}
          value={null}
          searchable
          onChange={(u) => {
            if (!u) return;
            const list = task.coopUnits
              .split(/[,;]\s*/)
              .map((x) => x.trim())
              .filter(Boolean);
            // Typed with Unikey "tổ hợp" (NFD) the same name is still the same unit.
            if (!list.some((x) => x.normalize('NFC') === u.normalize('NFC'))) set({ coopUnits: [...list, u].join(', ') });
          }}
        />
      </Group>
      <Group align="flex-end">
        <Select
          label={t.spanLabel}
          data={(['year', 'quarter', 'months', 'recurring'] as const).map((k) => ({ value: k, label: t.spanKind[k] }))}
          value={span.kind}
          allowDeselect={false}
          onChange={(k) =>
            setSpan(
              k === 'quarter'
                ? { kind: 'quarter', quarter: 1 }
                : k === 'months'
                  ? { kind: 'months', from: 1, to: 1 }
                  : k === 'recurring'
                    ? { kind: 'recurring', every: 'month' }
                    : { kind: 'year' },
            )
          }
        />
        {span.kind === 'quarter' && (
          <Select
            aria-label={t.spanKind.quarter}
            data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t.quarterN(q) }))}
            value={String(span.quarter)}
            allowDeselect={false}
            onChange={(v) => setSpan({ kind: 'quarter', quarter: Number(v) })}
          />
        )}
        {span.kind === 'months' && (
          <>
            <Select
              label={t.monthFrom}
              data={months}
              value={String(span.from)}
              allowDeselect={false}
              onChange={(v) => setSpan({ kind: 'months', from: Number(v), to: Math.max(Number(v), span.to) })}
            />
            <Select
              label={t.monthTo}
              data={months.filter((m) => Number(m.value) >= span.from)}
              value={String(span.to)}
              allowDeselect={false}
              onChange={(v) => setSpan({ kind: 'months', from: span.from, to: Number(v) })}
            />
          </>
        )}
        {span.kind === 'recurring' && (
          <Select
            aria-label={t.spanKind.recurring}
            data={(['month', 'quarter'] as const).map((e) => ({ value: e, label: t.every[e] }))}
            value={span.every}
            allowDeselect={false}
            onChange={(v) => setSpan({ kind: 'recurring', every: v === 'quarter' ? 'quarter' : 'month' })}
          />
        )}
        <Button variant="default" onClick={() => set({ timeText: spanDisplay(span, year) })}>
          {t.useSpanText}
        </Button>
      </Group>
      {ANNEX_FIELDS.filter((f) => !printed.has(f)).map((f) => (
        <Textarea
          key={f}
          autosize
          minRows={1}
          label={t.fieldNames[f]}
          value={task[FIELD_KEY[f]]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ [FIELD_KEY[f]]: v }, `${task.id}:${f}`);
          }}
        />
      ))}
    </Stack>
  );
}
