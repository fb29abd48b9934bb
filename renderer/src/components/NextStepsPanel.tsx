import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { errorMessage } from '../bridge';
import { useNextSteps } from './useNextSteps';
import { STEP_TARGET, stepButtonText } from './next-step-targets';
import { navigate } from '../router';
import { formatDate, formatDateTime, formatPeriodKey } from '../../../shared/format';
import { shortRange } from '../../../shared/strings/journal-periods';
import type { NextSteps } from '../../../shared/domain/next-steps';

const h = vi.home;

/** The due report's name with its window, as the Nhật ký filter and the report say it. */
const dueName = (d: NonNullable<NextSteps['dueNext']>) => h.dueName(d.label, d.window ? shortRange(d.window.from, d.window.to) : null);

/** The checklist at the top of the home screen: what is done, what to do next, what is due. */
export function NextStepsPanel() {
  const s = useNextSteps();
  const [error, setError] = useState<string | null>(null);
  if (!s) return null;
  const last = s.last;
  return (
    <Paper withBorder p="md" data-testid="next-steps">
      <Stack gap="sm">
        <Title order={4}>{h.title}</Title>
        <Stack gap={6} component="ol" style={{ margin: 0, paddingLeft: 20 }}>
          {s.steps.map((step) => (
            <li key={step.key} data-testid={`step-${step.key}`} data-done={step.done ? '1' : '0'}>
              <Group gap="sm" wrap="wrap">
                <Text fw={s.current === step.key ? 700 : 400}>{h.steps[step.key].label}</Text>
                <Badge color={step.done ? 'green' : 'gray'} variant="light">
                  {step.done ? h.done : h.todo}
                </Badge>
                <Button
                  size="xs"
                  variant={s.current === step.key ? 'filled' : 'default'}
                  onClick={() => void STEP_TARGET[step.key](s).then(navigate, (e: unknown) => setError(errorMessage(e)))}
                >
                  {stepButtonText(step.key, s)}
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm" c={s.dueNext?.overdue ? 'red' : undefined} data-testid="due-next">
          {!s.dueNext
            ? h.nothingDue
            : !s.dueNext.deadline
              ? h.dueNextNoDeadline(dueName(s.dueNext))
              : s.dueNext.overdue
                ? h.dueNextOverdue(dueName(s.dueNext), formatDate(s.dueNext.deadline))
                : h.dueNext(dueName(s.dueNext), formatDate(s.dueNext.deadline))}
        </Text>
        {s.overdueCount > 0 && (
          <Text size="sm" c="dimmed" data-testid="overdue-count">
            {h.overdueCount(s.overdueCount)}
          </Text>
        )}
        {s.toSend && (
          <Text size="sm" data-testid="to-send">
            {h.toSend(s.toSend.label)}
          </Text>
        )}
        <Text size="sm" c="dimmed" data-testid="last-done">
          {!last
            ? h.nothingYet
            : last.kind === 'activity'
              ? h.lastActivity(formatDate(last.date), last.title)
              : last.kind === 'submitted'
                ? h.lastSubmitted(formatDateTime(last.at), last.label)
                : h.lastSent(formatDateTime(last.at), last.periods.map(formatPeriodKey).join(', '))}
        </Text>
      </Stack>
    </Paper>
  );
}
