import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { usePlansStore } from '../stores/plans';
import { useAppStore } from '../stores/app';
import { navigate } from '../router';
import { YearField } from './NumberField';
import { useNumberProblems } from './useNumberProblems';
import { numbersText } from '../../../shared/strings/numbers';
import { LAYOUT_COMMUNE_7, LAYOUT_PROVINCE_5, type PlanFields } from '../../../shared/domain/plan';
import type { PlanSummary } from '../../../shared/contract/plans';
import { PlanRoleChoice, type PlanRole } from './PlanRoleChoice';
import { planInForceText } from '../../../shared/strings/plan-in-force';
import { yearInVietnam } from '../../../shared/format';

const t = vi.plans;

/**
 * A new plan from the commune's defaults, in the 7- or 5-column phụ lục layout. A plan that
 * already exists as a Word file is offered its import here too: this is where the home
 * screen's first step lands.
 */
export function CreatePlanModal({ onClose, onImportWord }: { onClose: () => void; onImportWord?: () => void }) {
  const settings = useAppStore((s) => s.settings);
  const create = usePlansStore((s) => s.create);
  const list = usePlansStore((s) => s.list);
  const [year, setYear] = useState(yearInVietnam());
  // null: the default title, which follows the year and the plan's role.
  const [typedTitle, setTitle] = useState<string | null>(null);
  const [layout, setLayout] = useState<'7' | '5'>('7');
  const [role, setRole] = useState<PlanRole>('supplement');
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commune = settings?.communeName ?? '';
  const yearPlans = list.filter((p) => p.year === year);
  const amends = yearPlans.length > 0 && role !== 'main' ? role : null;
  const targetId = yearPlans.find((p) => p.id === target)?.id ?? (yearPlans.find((p) => p.role === 'base') ?? yearPlans[0])?.id ?? null;
  const title = typedTitle ?? (amends ? planInForceText.create.title(planInForceText.kinds[amends] ?? '', year) : t.defaultTitle(year));
  const numbers = useNumberProblems();
  const submit = async (thenImport = false) => {
    if (numbers.blocked) return setError(numbersText.fixBeforeSave);
    const fields: PlanFields = {
      year,
      title,
      parentBody: '',
      issuer: t.defaultIssuer(commune),
      numberText: '/KH-UBND',
      place: t.placeFromCommune(commune),
      issuedOn: null,
      opening: '',
      body: t.defaultBody.map((heading) => ({ heading, text: '' })),
      closing: '',
      recipients: [...t.defaultRecipients],
      signer: { ...t.defaultSigner },
      annex: {
        heading: t.defaultAnnexHeading,
        title: t.defaultAnnexTitle(year),
        subtitle: '',
        orderLabel: 'TT',
        columns: layout === '7' ? LAYOUT_COMMUNE_7 : LAYOUT_PROVINCE_5,
      },
      amendsPlanId: amends ? targetId : null,
      amendKind: amends ?? 'supplement',
    };
    try {
      const plan = await create(fields);
      onClose();
      navigate(thenImport ? `/plans/${plan.id}/import` : `/plans/${plan.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t.createTitle} size="lg">
      <Stack>
        {onImportWord && (
          <Text size="sm">
            {t.haveWordPlan}{' '}
            <Anchor component="button" type="button" onClick={onImportWord}>
              {vi.planImport.open}
            </Anchor>
          </Text>
        )}
        <YearField
          label={t.f.year}
          value={year}
          onProblem={numbers.problem('year')}
          onChange={(n) => {
            if (n !== null) setYear(n);
          }}
        />
        {yearPlans.length > 0 && (
          <PlanRoleChoice year={year} yearPlans={yearPlans} role={role} onRole={setRole} target={targetId} onTarget={setTarget} />
        )}
        <TextInput label={t.f.title} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Radio.Group label={t.layout} value={layout} onChange={(v) => setLayout(v === '5' ? '5' : '7')}>
          <Stack gap={6} mt={6}>
            <Radio value="7" label={t.layoutCommune7} />
            <Radio value="5" label={t.layoutProvince5} />
          </Stack>
        </Radio.Group>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button variant="light" onClick={() => void submit(true)}>
            {t.createAndImport}
          </Button>
          <Button onClick={() => void submit()}>{t.create}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A plan copied to another year. */
export function CopyPlanModal({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const copy = usePlansStore((s) => s.copyToYear);
  const [year, setYear] = useState(plan.year + 1);
  const numbers = useNumberProblems();
  return (
    <Modal opened onClose={onClose} title={t.copyToNextYear} size="lg">
      <Stack>
        <Text size="sm">{t.copyHint(plan.year, year)}</Text>
        <YearField label={t.copyTargetYear} value={year} onProblem={numbers.problem('year')} onChange={(n) => n !== null && setYear(n)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button
            disabled={numbers.blocked}
            onClick={() =>
              void copy(plan.id, year).then((id) => {
                onClose();
                if (id) navigate(`/plans/${id}`);
              })
            }
          >
            {t.copyToNextYear}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
