import { Alert, Progress, Stack, Text } from '@mantine/core';
import { completionLabel, notCountedText, planInForceText } from '../../../shared/strings/plan-in-force';
import type { PlanProgress } from '../../../shared/domain/activity';
import { formatNumber } from '../../../shared/format';

/**
 * Criterion 4.1 of the plan in force and, beside it, every plan of the year that is not counted
 * and why (a second plan not linked yet, an amendment without tasks): the officer never sees a
 * silent 0/0. Tổng quan and Tiến độ show the same component.
 */
export function PlanCompletion({ plan, size = 'md', suffix = '' }: { plan: PlanProgress; size?: 'md' | 'lg'; suffix?: string }) {
  const label = completionLabel({ doneCount: plan.completedTasks, taskCount: plan.totalTasks, completion: plan.percent });
  return (
    <Stack gap={4}>
      <Text fw={600} data-testid="plan-completion">
        {label.text}
        {label.hasTasks ? suffix : ''}
      </Text>
      {label.percent !== null && <Progress value={label.percent} size={size} />}
    </Stack>
  );
}

/** The big number of Tổng quan: "75%", or "Chưa có nhiệm vụ" (never "0%" for 0/0). */
export function planPercentText(plan: PlanProgress): string {
  const label = completionLabel({ doneCount: plan.completedTasks, taskCount: plan.totalTasks, completion: plan.percent });
  return label.percent === null ? planInForceText.noTasks : `${formatNumber(label.percent, 1)}%`;
}

export function PlanInForceNotes({ plan }: { plan: PlanProgress }) {
  if (!plan.notCounted.length) return null;
  return (
    <Alert color="orange" data-testid="plan-not-counted" title={planInForceText.notCountedTitle}>
      <Stack gap={4}>
        {plan.notCounted.map((p) => (
          <Text size="sm" key={p.id}>
            {notCountedText(p, plan.year, plan.basePlanTitle)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
