import { Paper, Table } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import type { BackupSummary } from '../../../shared/domain/backup';
import { formatDate, formatDateTime } from './backupFormat';

/** What a backup holds, so the officer recognises it before restoring. */
export function BackupSummaryCard({ summary }: { summary: BackupSummary }) {
  const t = vi.backup.summary;
  const rows: [string, string][] = [
    [t.commune, summary.commune ?? t.unknown],
    [t.createdAt, formatDateTime(summary.createdAt)],
    [t.reason, vi.backup.reasons[summary.reason]],
    [t.plans, String(summary.counts.plans)],
    [t.activities, String(summary.counts.activities)],
    [t.evidence, String(summary.counts.evidenceFiles)],
    [t.dates, summary.firstDate ? `${formatDate(summary.firstDate)} – ${formatDate(summary.lastDate ?? summary.firstDate)}` : '—'],
  ];
  return (
    <Paper withBorder p="sm" data-testid="backup-summary">
      <Table>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={240}>{k}</Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
