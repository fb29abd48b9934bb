import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import { navigate } from '../router';
import { cellText } from '../../../shared/domain/report-doc';
import { formatDateTime } from '../../../shared/format';
import type { ReportView } from '../../../shared/contract/reports';

const t = vi.reports;

/** A submitted report: its frozen hash, what changed in the live data since, and the way to a new version. */
export function ReportFrozenBanner({ view }: { view: ReportView }) {
  const { revise, busy } = useReportsStore();
  const r = view.report;
  const latest = view.versions.at(-1);
  const canRevise = latest?.id === r.id;
  const changes = view.changes ?? [];
  const at = formatDateTime(r.submittedAt);
  const reviseButton = canRevise && (
    <Button
      variant="light"
      loading={busy}
      onClick={async () => {
        const id = await revise();
        if (id) navigate(`/reports/${id}`);
      }}
    >
      {t.revise}
    </Button>
  );
  return (
    <Stack gap="xs">
      <Alert color="green" data-testid="frozen-note">
        {t.frozenNote(at, r.snapshotHash ?? '')}
      </Alert>
      {changes.length > 0 ? (
        <Alert color="orange" title={t.changedTitle} data-testid="changed-after-submit">
          <Stack gap="xs">
            <Text size="sm">{t.changedIntro}</Text>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.changedColumns.item}</Table.Th>
                  <Table.Th>{t.changedColumns.before}</Table.Th>
                  <Table.Th>{t.changedColumns.after}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={c.item}>
                    <Table.Td>{c.item}</Table.Td>
                    <Table.Td>{cellText(c.before)}</Table.Td>
                    <Table.Td>{cellText(c.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {canRevise && (
              <Group>
                <Text size="sm">{t.reviseHint(r.version + 1)}</Text>
                {reviseButton}
              </Group>
            )}
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Text size="sm" c="dimmed">
            {t.unchanged}
          </Text>
          {reviseButton}
        </Group>
      )}
    </Stack>
  );
}
