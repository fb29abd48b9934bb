import { useEffect } from 'react';
import { Alert, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useAppStore } from '../stores/app';
import { NextStepsPanel } from '../components/NextStepsPanel';
import { PlanCompletion, PlanInForceNotes, planPercentText } from '../components/PlanInForceNotes';
import { planInForceText } from '../../../shared/strings/plan-in-force';
import { useActivitiesStore, todayIso } from '../stores/activities';
import { COMMUNICATION_FORMS, type CommunicationForm } from '../../../shared/domain/common';
import { ACTIVITY_KINDS } from '../../../shared/domain/kinds/index';
import type { Dashboard, TaskProgress } from '../../../shared/domain/activity';

const d = vi.dashboard;
// Tiles, chart colours and legends come from the kind registry.
const COLORS = (f: CommunicationForm) => ACTIVITY_KINDS[f].color;
const shortLabel = (f: CommunicationForm) => ACTIVITY_KINDS[f].shortLabel;

/** Activities per month, stacked by form: plain SVG, no chart library. */
function MonthlyChart({ data, year }: { data: Dashboard['monthly']; year: number }) {
  const W = 720;
  const H = 220;
  const pad = { l: 32, b: 24, t: 18 };
  const totals = data.map((m) => Object.values(m).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const bw = (W - pad.l) / 12;
  const y = (v: number) => ((H - pad.b - pad.t) * v) / max;
  return (
    <Stack gap={4}>
      <Text fw={600}>{d.chart(year)}</Text>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={d.chart(year)} data-testid="monthly-chart">
        <line x1={pad.l} x2={W} y1={H - pad.b} y2={H - pad.b} stroke="#adb5bd" />
        <text x={pad.l - 6} y={pad.t + 4} fontSize="10" textAnchor="end">
          {max}
        </text>
        {data.map((m, i) => {
          let acc = 0;
          return (
            <g key={i}>
              {COMMUNICATION_FORMS.map((f) => {
                const v = m[f] ?? 0;
                if (!v) return null;
                const h = y(v);
                acc += h;
                return (
                  <rect key={f} x={pad.l + i * bw + 6} width={bw - 12} y={H - pad.b - acc} height={h} fill={COLORS(f)}>
                    <title>{`${d.month(i + 1)} · ${shortLabel(f)}: ${v}`}</title>
                  </rect>
                );
              })}
              {totals[i]! > 0 && (
                <text x={pad.l + i * bw + bw / 2} y={H - pad.b - acc - 3} fontSize="10" textAnchor="middle">
                  {totals[i]}
                </text>
              )}
              <text x={pad.l + i * bw + bw / 2} y={H - 8} fontSize="11" textAnchor="middle">
                {d.month(i + 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md">
        {COMMUNICATION_FORMS.map((f) => (
          <Group key={f} gap={4}>
            <span style={{ width: 10, height: 10, background: COLORS(f), display: 'inline-block' }} />
            <Text size="xs">{shortLabel(f)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

function TaskList({ title, tasks, testId }: { title: string; tasks: TaskProgress[]; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text fw={600} mb="xs">
        {title} ({tasks.length})
      </Text>
      {tasks.length === 0 ? (
        <Text c="dimmed" size="sm">
          {d.noneDue}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {tasks.map((t) => (
            <List.Item key={t.taskId}>
              {t.order}. {t.content.split('\n')[0]} — <i>{t.timeText}</i> (
              {t.target !== null ? `${t.done}/${t.target}` : vi.progress.activities(t.done)})
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

export function DashboardPage() {
  const settings = useAppStore((s) => s.settings);
  const { dashboard, loadDashboard, error } = useActivitiesStore();
  useEffect(() => void loadDashboard(todayIso()), [loadDashboard]);
  return (
    <Stack>
      <Title order={2}>{vi.nav.dashboard}</Title>
      <Text>{vi.shell.dashboardWelcome(settings?.communeName ?? '')}</Text>
      {error && <Alert color="red">{error}</Alert>}
      <NextStepsPanel />
      {dashboard && (
        <>
          <Paper withBorder p="md">
            <Text fw={600} mb="xs">
              {d.quarterCounts(dashboard.quarter, dashboard.year, dashboard.from, dashboard.to)}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {COMMUNICATION_FORMS.map((f) => (
                <Stack key={f} gap={0}>
                  <Text c="dimmed" size="xs">
                    {shortLabel(f)}
                  </Text>
                  <Text fz={22} fw={700} data-testid={`dash-q-${f}`}>
                    {dashboard.quarterCounts[f] ?? 0}
                  </Text>
                </Stack>
              ))}
              <Stack gap={0}>
                <Text c="dimmed" size="xs">
                  {d.quarterTotal}
                </Text>
                <Text fz={22} fw={700} data-testid="dash-quarter-total">
                  {dashboard.quarterTotal}
                </Text>
              </Stack>
            </SimpleGrid>
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Paper withBorder p="md">
              <Text c="dimmed" size="sm">
                {d.planCompletion}
              </Text>
              {dashboard.plan ? (
                <Stack gap={4}>
                  <Text fz={28} fw={700} data-testid="dash-plan-percent">
                    {planPercentText(dashboard.plan)}
                  </Text>
                  <PlanCompletion plan={dashboard.plan} />
                  <Text size="xs" c="dimmed" data-testid="dash-plan-title">
                    {planInForceText.inForce(dashboard.plan.basePlanTitle)}
                  </Text>
                  <PlanInForceNotes plan={dashboard.plan} />
                </Stack>
              ) : (
                <Text c="dimmed">{d.noPlan}</Text>
              )}
            </Paper>
            <Paper withBorder p="md">
              <Text c="dimmed" size="sm">
                {d.yearTotal} {dashboard.year}
              </Text>
              <Text fz={28} fw={700} data-testid="dash-activities">
                {dashboard.yearTotal}
              </Text>
              <Text c="dimmed" size="xs">
                {d.yearWindow(dashboard.yearFrom, dashboard.yearTo)}
              </Text>
            </Paper>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TaskList title={d.dueThisMonth} tasks={dashboard.dueThisMonth} testId="dash-due" />
            <TaskList title={d.overdue} tasks={dashboard.overdue} testId="dash-overdue" />
          </SimpleGrid>
          <Paper withBorder p="md">
            <MonthlyChart data={dashboard.monthly} year={dashboard.year} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
