import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import { navigate } from '../router';
import { formatDateVi } from '../../../shared/text';
import type { PeriodRow } from '../../../shared/contract/reports';
import type { DeadlineStatus } from '../../../shared/domain/period';
import { ReportEditor } from './ReportEditor';
import { DateField } from '../components/DateField';
import { YearField } from '../components/NumberField';

export const STATUS_COLORS: Record<DeadlineStatus, string> = {
  notDue: 'gray',
  dueSoon: 'yellow',
  overdue: 'red',
  onTime: 'green',
  late: 'orange',
};

export function ReportsPage({ reportId }: { reportId: string | null }) {
  return reportId ? <ReportEditor id={reportId} /> : <PeriodsList />;
}

/** Each period of the year: window, deadline, status — and the way into its report. */
function PeriodsList() {
  const { year, periods, loading, error, busy, loadPeriods, create } = useReportsStore();
  useEffect(() => void loadPeriods(), [loadPeriods]);
  const t = vi.reports;
  const openOrCreate = async (p: PeriodRow) => {
    const latest = p.versions.at(-1);
    if (latest) return navigate(`/reports/${latest.id}`);
    const id = await create({ kind: p.kind, year: p.year, from: p.kind === 'adhoc' ? p.from : null, to: p.kind === 'adhoc' ? p.to : null });
    if (id) navigate(`/reports/${id}`);
  };
  return (
    <Stack>
      <Title order={2}>{t.deadlinesTitle}</Title>
      <Text>{t.deadlinesIntro}</Text>
      <Group>
        <YearField label={t.year} value={year} w={140} onChange={(v) => v !== null && void loadPeriods(v)} />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {loading && !periods && <Loader size="sm" />}
      {periods && (
        <Table striped highlightOnHover aria-label={t.deadlinesTitle}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.columns.period}</Table.Th>
              <Table.Th>{t.columns.window}</Table.Th>
              <Table.Th>{t.columns.deadline}</Table.Th>
              <Table.Th>{t.columns.status}</Table.Th>
              <Table.Th>{t.columns.report}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.periods.map((p) => (
              <Table.Tr key={p.key} data-testid={`period-${p.key}`}>
                <Table.Td>{p.label}</Table.Td>
                <Table.Td>{t.windowText(p.from, p.to)}</Table.Td>
                <Table.Td>{p.deadline ? formatDateVi(p.deadline) : t.noDeadline}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[p.status]} variant="light">
                    {t.statusLabels[p.status]}
                  </Badge>
                  {p.submittedOn && (
                    <Text size="xs" c="dimmed">
                      {t.columns.submittedAt}: {formatDateVi(p.submittedOn)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {p.versions.map((v) => (
                      <Anchor
                        key={v.id}
                        href={`#/reports/${v.id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(`/reports/${v.id}`);
                        }}
                      >
                        {t.version(v.version)} · {t.reportStatus[v.status]}
                      </Anchor>
                    ))}
                    {p.versions.length === 0 && (
                      <Button size="xs" variant="light" loading={busy} onClick={() => void openOrCreate(p)}>
                        {t.create}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AdhocForm year={year} />
    </Stack>
  );
}

function AdhocForm({ year }: { year: number }) {
  const { create, busy } = useReportsStore();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [deadline, setDeadline] = useState('');
  const t = vi.reports;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t.adhocTitle}</Title>
        <Group align="end">
          <DateField label={t.adhocFrom} value={from} onChange={(iso) => setFrom(iso ?? '')} />
          <DateField label={t.adhocTo} value={to} onChange={(iso) => setTo(iso ?? '')} />
          <DateField label={t.adhocDeadline} value={deadline} onChange={(iso) => setDeadline(iso ?? '')} />
          <Button
            loading={busy}
            disabled={!from || !to}
            onClick={async () => {
              const id = await create({ kind: 'adhoc', year, from, to, deadline: deadline || null });
              if (id) navigate(`/reports/${id}`);
            }}
          >
            {t.adhocCreate}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
