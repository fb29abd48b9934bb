import { useEffect } from 'react';
import { SimpleGrid, Paper, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useAppStore } from '../stores/app';
import { usePlansStore } from '../stores/plans';
import { useActivitiesStore } from '../stores/activities';

export function DashboardPage() {
  const settings = useAppStore((s) => s.settings);
  const { list, loadList } = usePlansStore();
  const { total, load } = useActivitiesStore();
  useEffect(() => {
    void loadList();
    void load('');
  }, [loadList, load]);
  return (
    <Stack>
      <Title order={2}>{vi.nav.dashboard}</Title>
      <Text>{vi.shell.dashboardWelcome(settings?.communeName ?? '')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">{vi.nav.plans}</Text>
          <Text fz={28} fw={700} data-testid="dash-plans">{list.length}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">{vi.nav.activities}</Text>
          <Text fz={28} fw={700} data-testid="dash-activities">{total}</Text>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
