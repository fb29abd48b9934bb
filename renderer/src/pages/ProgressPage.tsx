import { useEffect, useState } from 'react';
import { Alert, NativeSelect, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { errorMessage } from '../bridge';
import { progressActions } from '../stores/activity-entry';
import { useActivitiesStore, todayIso } from '../stores/activities';
import type { TaskProgress } from '../../../shared/domain/activity';
import { taskStatusLabel } from '../../../shared/domain/task-label';
import type { PlanSummary } from '../../../shared/contract/plans';
import { DateField } from '../components/DateField';
import { PlanCompletion, PlanInForceNotes } from '../components/PlanInForceNotes';
import { planInForceText } from '../../../shared/strings/plan-in-force';

const t = vi.progress;

/** Done vs target per plan task, manual status, and the plan's completion % (criterion 4.1). */
export function ProgressPage({ planId }: { planId: string | null }) {
  const { progress, loadProgress, error } = useActivitiesStore();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(planId);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    void progressActions.plans().then(
      (p) => {
        setPlans(p);
        // The plan in force first: a newer, unlinked plan is not what the officer is implementing.
        setSelected((s) => s ?? p.find((x) => x.role === 'base')?.id ?? p[0]?.id ?? null);
      },
      (e: unknown) => setActionError(errorMessage(e)),
    );
  }, []);
  useEffect(() => {
    if (selected) void loadProgress(selected);
  }, [selected, loadProgress]);

  async function setStatus(task: TaskProgress, status: TaskProgress['status'], statusDate: string | null) {
    setActionError(null);
    try {
      await progressActions.setTaskStatus({ taskId: task.taskId, status, statusDate });
      if (selected) await loadProgress(selected);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  if (plans && plans.length === 0) return <Text c="dimmed">{t.noPlan}</Text>;
  const p = progress && progress.planId === selected ? progress : null;
  return (
    <Stack>
      <Title order={2}>{t.title}</Title>
      <NativeSelect
        label={t.plan}
        value={selected ?? ''}
        onChange={(e) => setSelected(e.currentTarget.value)}
        data={(plans ?? []).map((x) => ({ value: x.id, label: `${x.year} · ${x.title}` }))}
        maw={520}
      />
      {(error || actionError) && (
        <Alert color="red" role="alert">
          {actionError ?? error}
        </Alert>
      )}
      {p && (
        <>
          <Paper withBorder p="md">
            {p.basePlanId !== p.planId && (
              <Text size="sm" c="dimmed" mb={4} data-testid="plan-in-force">
                {planInForceText.inForce(p.basePlanTitle)}
              </Text>
            )}
            <PlanCompletion plan={p} size="lg" suffix={t.criterion} />
            <Text size="sm" c="dimmed" mt="xs" data-testid="progress-window">
              {t.window(p.year, p.from, p.to)}
            </Text>
          </Paper>
          <PlanInForceNotes plan={p} />
          <Table striped withTableBorder data-testid="progress-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>TT</Table.Th>
                <Table.Th>{t.task}</Table.Th>
                <Table.Th>{t.time}</Table.Th>
                <Table.Th>{t.doneVsTarget}</Table.Th>
                <Table.Th>{t.status}</Table.Th>
                <Table.Th>{t.statusDate}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.tasks.map((task) => (
                <Table.Tr key={task.taskId} data-complete={task.complete}>
                  <Table.Td>{task.order}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line', maxWidth: 520 }}>{task.content}</Table.Td>
                  <Table.Td>{task.timeText}</Table.Td>
                  <Table.Td data-testid="task-done">
                    {task.target !== null ? `${task.done}/${task.target}` : `${t.activities(task.done)} (${t.noTarget})`}
                    {task.target !== null && (
                      <Progress value={Math.min(100, (task.done / Math.max(1, task.target)) * 100)} size="sm" mt={4} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`${t.setStatus} ${task.order}`}
                      value={task.status}
                      onChange={(e) => void setStatus(task, e.currentTarget.value as TaskProgress['status'], task.statusDate ?? todayIso())}
                      data={(['notStarted', 'inProgress', 'done'] as const).map((s) => ({ value: s, label: taskStatusLabel(s) }))}
                      w={170}
                    />
                  </Table.Td>
                  <Table.Td>
                    <DateField
                      invalid="drop"
                      aria-label={`${t.statusDate} ${task.order}`}
                      value={task.statusDate}
                      onChange={(iso) => void setStatus(task, task.status, iso)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
