import { useEffect, useState } from 'react';
import { Alert, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore } from '../stores/activities';
import { formatDateVi } from '../../../shared/text';
import { formLabels } from '../../../shared/domain/labels';

export function ActivitiesPage() {
  const { rows, total, search, error, load } = useActivitiesStore();
  const [text, setText] = useState(search);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    const h = setTimeout(() => void load(text), 200);
    return () => clearTimeout(h);
  }, [text, load]);
  const t = vi.activities;
  return (
    <Stack>
      <Title order={2}>{t.title}</Title>
      <TextInput placeholder={t.searchPlaceholder} value={text} onChange={(e) => setText(e.currentTarget.value)} aria-label={t.searchPlaceholder} />
      {error && <Alert color="red">{error}</Alert>}
      <Text c="dimmed" size="sm">{t.total(total)}</Text>
      {rows.length === 0 ? (
        <Text c="dimmed">{search ? t.noMatch : t.empty}</Text>
      ) : (
        <Table striped data-testid="activity-table">
          <Table.Thead>
            <Table.Tr><Table.Th>{t.date}</Table.Th><Table.Th>{t.kind}</Table.Th><Table.Th>{t.activityTitle}</Table.Th><Table.Th>{t.unit}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{formatDateVi(a.date)}</Table.Td>
                <Table.Td>{formLabels[a.details.kind]}</Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.unitName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
