import { Table, Text } from '@mantine/core';
import type { PlanDetail } from '../../../shared/contract/plans';
import { annexCellText, annexGroups } from '../../../shared/domain/plan-annex';
import { vi } from '../../../shared/strings/index';

/** Read-only phụ lục as printed: sections with Roman numerals, tasks numbered within each. */
export function AnnexTable({ detail }: { detail: PlanDetail }) {
  const { plan, sections, tasks } = detail;
  const cols = plan.annex.columns;
  if (tasks.length === 0 && sections.length === 0) return <Text c="dimmed">{vi.plans.noTasks}</Text>;
  return (
    <Table withTableBorder withColumnBorders className="annex-table" data-testid="annex-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{plan.annex.orderLabel}</Table.Th>
          {cols.map((c) => (
            <Table.Th key={c.field}>{c.label}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {annexGroups(sections, tasks).flatMap((g) => [
          ...(g.label
            ? [
                <Table.Tr key={g.key}>
                  <Table.Td fw={700}>{g.label}</Table.Td>
                  <Table.Td fw={700} colSpan={cols.length}>
                    {g.title}
                  </Table.Td>
                </Table.Tr>,
              ]
            : []),
          ...g.tasks.map((t, i) => (
            <Table.Tr key={t.id}>
              <Table.Td>{i + 1}</Table.Td>
              {cols.map((c) => (
                <Table.Td key={c.field}>{annexCellText(t, c.field)}</Table.Td>
              ))}
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
    </Table>
  );
}
