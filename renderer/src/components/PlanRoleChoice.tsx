import { NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { planInForceText } from '../../../shared/strings/plan-in-force';
import type { AmendKind } from '../../../shared/domain/plan';
import type { PlanSummary } from '../../../shared/contract/plans';

const t = planInForceText.create;

export type PlanRole = AmendKind | 'main';

/**
 * When the year already has a plan, a new one says what it is before it exists: bổ sung /
 * điều chỉnh / thay thế of a plan of the year (the plan in force preselected), or another main
 * plan, which stays unlinked and is not counted (docs/REPORTS.md "Kế hoạch đang áp dụng").
 */
export function PlanRoleChoice({
  year,
  yearPlans,
  role,
  onRole,
  target,
  onTarget,
}: {
  year: number;
  yearPlans: readonly PlanSummary[];
  role: PlanRole;
  onRole: (r: PlanRole) => void;
  target: string | null;
  onTarget: (id: string) => void;
}) {
  const inForce = yearPlans.find((p) => p.role === 'base') ?? yearPlans[0];
  return (
    <Stack gap={6} data-testid="plan-role">
      <Radio.Group
        label={t.role(year)}
        value={role}
        onChange={(v) => onRole((['supplement', 'adjust', 'replace'].includes(v) ? v : 'main') as PlanRole)}
      >
        <Stack gap={6} mt={6}>
          {(['supplement', 'adjust', 'replace', 'main'] as const).map((r) => (
            <Radio key={r} value={r} label={t.roles[r]} />
          ))}
        </Stack>
      </Radio.Group>
      {role === 'main' ? (
        <Text size="sm" c="orange.8">
          {t.mainHelp(inForce?.title ?? '')}
        </Text>
      ) : (
        <>
          <NativeSelect
            label={t.target}
            value={target ?? ''}
            onChange={(e) => onTarget(e.currentTarget.value)}
            data={yearPlans.map((p) => ({ value: p.id, label: p.title }))}
          />
          <Text size="sm" c="dimmed">
            {t.amendHelp}
          </Text>
        </>
      )}
    </Stack>
  );
}
