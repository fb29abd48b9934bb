import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { reportTables, cellText, type ReportTable } from '../../../shared/domain/report-doc';
import type { ReportView } from '../../../shared/contract/reports';
import { completionLabel } from '../../../shared/strings/plan-in-force';

const t = vi.reports;

/** One of the report's figure tables, as printed. */
export function FigureTable({ table }: { table: ReportTable }) {
  return (
    <Stack gap={4}>
      <Title order={4}>{table.title}</Title>
      <Table striped withTableBorder data-testid={`table-${table.key}`}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c) => (
              <Table.Th key={c.label} style={{ width: `${c.width}%`, textAlign: c.numeric ? 'right' : undefined }}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, i) =>
            row.kind === 'group' ? (
              <Table.Tr key={i}>
                <Table.Td fw={700}>{row.label}</Table.Td>
                <Table.Td fw={700} colSpan={table.columns.length - 1}>
                  {row.title}
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={i}>
                {row.cells.map((c, j) => (
                  <Table.Td key={j} style={{ textAlign: table.columns[j]?.numeric ? 'right' : undefined }}>
                    {cellText(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      {table.note && (
        <Text size="sm" fs="italic">
          {table.note}
        </Text>
      )}
    </Stack>
  );
}

/** Tiêu chí 4: completion and the online/traditional forms used. */
export function CriterionPanel({ view }: { view: ReportView }) {
  const c = view.figures.criterion4;
  const tables = reportTables(view.figures);
  return (
    <Stack>
      <Title order={3}>{t.criterion.title}</Title>
      <Paper withBorder p="md">
        <Text fw={700}>{t.criterion.c41}</Text>
        <Text data-testid="criterion-41">{completionLabel(c).text}</Text>
        <Text fw={700} mt="sm">
          {t.criterion.c42}
        </Text>
        <Group>
          <Badge color={c.onlineUsed ? 'green' : 'gray'}>
            {t.criterion.online}: {c.onlineUsed ? t.criterion.used : t.criterion.notUsed}
          </Badge>
          <Badge color={c.traditionalUsed ? 'green' : 'gray'}>
            {t.criterion.traditional}: {c.traditionalUsed ? t.criterion.used : t.criterion.notUsed}
          </Badge>
        </Group>
      </Paper>
      {tables
        .filter((x) => x.key === 'forms' || x.key === 'evidence')
        .map((x) => (
          <FigureTable key={x.key} table={x} />
        ))}
    </Stack>
  );
}
