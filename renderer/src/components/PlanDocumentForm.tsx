import { useEffect, useState } from 'react';
import { usePlansStore } from '../stores/plans';
import { ActionIcon, Button, Divider, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateField } from './DateField';
import { NumberField, YearField } from './NumberField';
import { useNumberProblems } from './useNumberProblems';
import {
  AMEND_KINDS,
  ANNEX_FIELDS,
  LAYOUT_COMMUNE_7,
  LAYOUT_PROVINCE_5,
  PlanFields,
  type AnnexField,
  type Plan,
} from '../../../shared/domain/plan';
import { vi } from '../../../shared/strings/index';
import { DecisionForm } from './DecisionForm';

const t = vi.plans;
const f = t.f;

/** The printed document of a plan: header, opening, body parts, closing, Nơi nhận, signer, phụ lục layout. */
export function PlanDocumentForm({ plan, onSave }: { plan: Plan; onSave: (fields: PlanFields) => Promise<boolean> }) {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...initial } = plan;
  const [v, setV] = useState<PlanFields>(initial);
  const [recipients, setRecipients] = useState(initial.recipients.join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const { problem, blocked } = useNumberProblems();
  const up = (patch: Partial<PlanFields>) => setV((s) => ({ ...s, ...patch }));
  const list = usePlansStore((s) => s.list);
  const loadList = usePlansStore((s) => s.loadList);
  useEffect(() => void loadList(), [loadList]);
  const others = list.filter((p) => p.id !== plan.id);
  const body = v.body;
  const setBody = (b: PlanFields['body']) => up({ body: b });
  const cols = v.annex.columns;
  const setCols = (c: PlanFields['annex']['columns']) => up({ annex: { ...v.annex, columns: c } });

  const save = async () => {
    const lines = (xs: string[]) => xs.map((r) => r.trim()).filter(Boolean);
    const decision = v.decision && {
      ...v.decision,
      recipients: lines(v.decision.recipients),
      articles: v.decision.articles.every((a) => !a.trim()) ? [] : v.decision.articles,
    };
    const parsed = PlanFields.safeParse({ ...v, decision, recipients: lines(recipients.split('\n')) });
    // A refused number (year "20.26", width "1,5") stays on screen with its message; nothing is saved.
    if (!parsed.success || blocked) {
      setErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    await onSave(parsed.data);
    setSaving(false);
  };

  return (
    <Stack gap="sm" maw={1000}>
      <DecisionForm decision={v.decision} issuer={v.issuer} signerName={v.signer.name} onChange={(decision) => up({ decision })} />
      <Group grow align="flex-start">
        <TextInput label={f.parentBody} value={v.parentBody} onChange={(e) => up({ parentBody: e.currentTarget.value })} />
        <TextInput label={f.issuer} value={v.issuer} error={errors.issuer} onChange={(e) => up({ issuer: e.currentTarget.value })} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={f.numberText} value={v.numberText} onChange={(e) => up({ numberText: e.currentTarget.value })} />
        <TextInput label={f.place} value={v.place} onChange={(e) => up({ place: e.currentTarget.value })} />
        <DateField label={f.issuedOn} value={v.issuedOn} error={errors.issuedOn} onChange={(iso) => up({ issuedOn: iso })} />
        {!v.issuedOn && (
          <Select
            label={f.issuedMonth}
            data={[
              { value: '', label: f.monthUnknown },
              ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1).padStart(2, '0') })),
            ]}
            value={v.issuedMonth ? String(v.issuedMonth) : ''}
            allowDeselect={false}
            onChange={(x) => up({ issuedMonth: x ? Number(x) : undefined })}
          />
        )}
        <YearField label={f.year} value={v.year} onProblem={problem('year')} onChange={(n) => n !== null && up({ year: n })} />
      </Group>
      <TextInput label={f.title} value={v.title} error={errors.title} onChange={(e) => up({ title: e.currentTarget.value })} />
      <Select
        label={f.amends}
        data={[
          { value: '', label: f.amendsNone },
          ...others.map((p) => ({ value: p.id, label: `${p.year} · ${p.numberText} · ${p.title}` })),
        ]}
        value={v.amendsPlanId ?? ''}
        allowDeselect={false}
        onChange={(x) => up({ amendsPlanId: x ? x : null })}
      />
      {v.amendsPlanId && (
        <Select
          label={f.amendKind}
          description={f.amendKindHelp}
          data={AMEND_KINDS.map((k) => ({ value: k, label: f.amendKinds[k] }))}
          value={v.amendKind}
          allowDeselect={false}
          data-testid="plan-amend-kind"
          onChange={(x) => up({ amendKind: AMEND_KINDS.find((k) => k === x) ?? 'supplement' })}
        />
      )}
      <Textarea label={f.opening} autosize minRows={2} value={v.opening} onChange={(e) => up({ opening: e.currentTarget.value })} />
      <Title order={4}>{f.bodySections}</Title>
      {body.map((s, i) => (
        <Stack key={i} gap={4} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={`${f.sectionHeading} ${i + 1}`}
              value={s.heading}
              onChange={(e) => {
                const h = e.currentTarget.value;
                setBody(body.map((x, j) => (j === i ? { ...x, heading: h } : x)));
              }}
            />
            <Button
              variant="subtle"
              size="xs"
              disabled={i === 0}
              onClick={() => setBody(body.map((x, j) => (j === i - 1 ? body[i]! : j === i ? body[i - 1]! : x)))}
            >
              {f.moveUp}
            </Button>
            <Button
              variant="subtle"
              size="xs"
              disabled={i === body.length - 1}
              onClick={() => setBody(body.map((x, j) => (j === i + 1 ? body[i]! : j === i ? body[i + 1]! : x)))}
            >
              {f.moveDown}
            </Button>
            <Button variant="subtle" color="red" size="xs" onClick={() => setBody(body.filter((_, j) => j !== i))}>
              {f.removeSection}
            </Button>
          </Group>
          <Textarea
            aria-label={`${f.sectionText} ${i + 1}`}
            description={f.sectionText}
            autosize
            minRows={3}
            maxRows={20}
            value={s.text}
            onChange={(e) => {
              const tx = e.currentTarget.value;
              setBody(body.map((x, j) => (j === i ? { ...x, text: tx } : x)));
            }}
          />
        </Stack>
      ))}
      <Group>
        <Button variant="light" onClick={() => setBody([...body, { heading: '', text: '' }])}>
          {f.addSection}
        </Button>
      </Group>
      <Textarea label={f.closing} autosize minRows={2} value={v.closing} onChange={(e) => up({ closing: e.currentTarget.value })} />
      <Group grow align="flex-start">
        <Textarea label={f.recipients} autosize minRows={4} value={recipients} onChange={(e) => setRecipients(e.currentTarget.value)} />
        <Stack gap={4}>
          <TextInput
            label={f.signerAuthority}
            value={v.signer.authority}
            onChange={(e) => up({ signer: { ...v.signer, authority: e.currentTarget.value } })}
          />
          <TextInput
            label={f.signerDeputy}
            value={v.signer.deputy}
            onChange={(e) => up({ signer: { ...v.signer, deputy: e.currentTarget.value } })}
          />
          <TextInput
            label={f.signerPosition}
            value={v.signer.position}
            onChange={(e) => up({ signer: { ...v.signer, position: e.currentTarget.value } })}
          />
          <TextInput
            label={f.signerName}
            value={v.signer.name}
            onChange={(e) => up({ signer: { ...v.signer, name: e.currentTarget.value } })}
          />
        </Stack>
      </Group>
      <Divider label={t.layout} />
      <Group grow align="flex-start">
        <TextInput
          label={f.annexHeading}
          value={v.annex.heading}
          onChange={(e) => up({ annex: { ...v.annex, heading: e.currentTarget.value } })}
        />
        <TextInput
          label={f.orderLabel}
          value={v.annex.orderLabel}
          onChange={(e) => up({ annex: { ...v.annex, orderLabel: e.currentTarget.value } })}
        />
      </Group>
      <TextInput label={f.annexTitle} value={v.annex.title} onChange={(e) => up({ annex: { ...v.annex, title: e.currentTarget.value } })} />
      <TextInput
        label={f.annexSubtitle}
        value={v.annex.subtitle}
        onChange={(e) => up({ annex: { ...v.annex, subtitle: e.currentTarget.value } })}
      />
      <Text fw={600} size="sm">
        {f.columns}
      </Text>
      <Group>
        <Button size="xs" variant="default" onClick={() => setCols(LAYOUT_COMMUNE_7)}>
          {f.applyLayout}: {t.layoutCommune7}
        </Button>
        <Button size="xs" variant="default" onClick={() => setCols(LAYOUT_PROVINCE_5)}>
          {f.applyLayout}: {t.layoutProvince5}
        </Button>
      </Group>
      {cols.map((c, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <Select
            w={220}
            aria-label={`${f.columns} ${i + 1}`}
            data={ANNEX_FIELDS.map((x) => ({
              value: x,
              label: t.fieldNames[x],
              disabled: x !== c.field && cols.some((o) => o.field === x),
            }))}
            value={c.field}
            allowDeselect={false}
            onChange={(x) => setCols(cols.map((o, j) => (j === i ? { ...o, field: x as AnnexField } : o)))}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${f.columnLabel} ${i + 1}`}
            value={c.label}
            error={errors[`annex.columns.${i}.label`]}
            onChange={(e) => {
              const l = e.currentTarget.value;
              setCols(cols.map((o, j) => (j === i ? { ...o, label: l } : o)));
            }}
          />
          <NumberField
            w={90}
            hideLabel
            label={`${f.columnWidth} ${i + 1}`}
            rules={{ required: true, min: 1, max: 100, example: '12' }}
            value={c.width}
            onProblem={problem(`annex.columns.${i}.width`)}
            onChange={(n) => n !== null && setCols(cols.map((o, j) => (j === i ? { ...o, width: n } : o)))}
          />
          <ActionIcon
            variant="subtle"
            aria-label={`${f.moveUp} ${i + 1}`}
            disabled={i === 0}
            onClick={() => setCols(cols.map((o, j) => (j === i - 1 ? cols[i]! : j === i ? cols[i - 1]! : o)))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${f.removeColumn} ${i + 1}`}
            disabled={cols.length <= 1}
            onClick={() => setCols(cols.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          disabled={cols.length >= ANNEX_FIELDS.length}
          onClick={() => {
            const free = ANNEX_FIELDS.find((x) => !cols.some((o) => o.field === x));
            if (free) setCols([...cols, { field: free, label: t.fieldNames[free], width: 12 }]);
          }}
        >
          {f.addColumn}
        </Button>
      </Group>
      {(Object.keys(errors).length > 0 || blocked) && (
        <Text c="red" size="sm">
          {vi.errors.invalidInput}
        </Text>
      )}
      <Group>
        <Button onClick={() => void save()} loading={saving}>
          {t.saveDocument}
        </Button>
      </Group>
    </Stack>
  );
}
