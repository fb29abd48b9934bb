import { useEffect } from 'react';
import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { usePlansStore } from '../stores/plans';
import { formatDateVi } from '../../../shared/text';
import { navigate } from '../router';
import { AnnexTable } from '../components/AnnexTable';

export function PlansPage({ planId }: { planId: string | null }) {
  return planId ? <PlanView id={planId} /> : <PlanList />;
}

function PlanList() {
  const { list, loading, error, loadList } = usePlansStore();
  useEffect(() => void loadList(), [loadList]);
  const t = vi.plans;
  return (
    <Stack>
      <Title order={2}>{t.title}</Title>
      {error && <Alert color="red">{error}</Alert>}
      {loading && <Loader size="sm" />}
      {!loading && list.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {list.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.year}</Table.Th><Table.Th>{vi.plans.title}</Table.Th><Table.Th>{t.number}</Table.Th><Table.Th>{t.taskCount}</Table.Th><Table.Th>{t.updated}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.year}</Table.Td>
                <Table.Td><Anchor href={`#/plans/${p.id}`} onClick={(e) => { e.preventDefault(); navigate(`/plans/${p.id}`); }}>{p.title}</Anchor></Table.Td>
                <Table.Td>{p.numberText}</Table.Td>
                <Table.Td>{p.taskCount}</Table.Td>
                <Table.Td>{formatDateVi(p.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function PlanView({ id }: { id: string }) {
  const { detail, loading, error, loadDetail } = usePlansStore();
  useEffect(() => void loadDetail(id), [id, loadDetail]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (loading || !detail) return <Loader size="sm" />;
  const { plan } = detail;
  return (
    <Stack>
      <Anchor href="#/plans" onClick={(e) => { e.preventDefault(); navigate('/plans'); }}>{vi.plans.backToList}</Anchor>
      <Title order={2}>{plan.title}</Title>
      <Text c="dimmed">{plan.issuer} · {vi.plans.number}: {plan.numberText}</Text>
      <Title order={3}>{vi.plans.annex}: {plan.annex.title}</Title>
      <AnnexTable detail={detail} />
    </Stack>
  );
}
