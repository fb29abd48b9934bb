import { Table, Text } from '@mantine/core';
import type { PlanDetail } from '../../../shared/contract/plans';
import type { AnnexField, PlanTask } from '../../../shared/domain/plan';
import { vi } from '../../../shared/strings/index';

export const annexCell = (t: PlanTask, field: AnnexField): string =>
  ({ content: t.content, forms: t.formsText, time: t.timeText, lead: t.leadUnit, coop: t.coopUnits, product: t.product, note: t.note })[field];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Read-only phụ lục as printed: sections with Roman numerals, tasks numbered within each. */
export function AnnexTable({ detail }: { detail: PlanDetail }) {
  const { plan, sections, tasks } = detail;
  const cols = plan.annex.columns;
  if (tasks.length === 0) return <Text c="dimmed">{vi.plans.noTasks}</Text>;
  const groups = [
    { key: 'none', label: null as string | null, title: '', tasks: tasks.filter((t) => t.sectionId === null) },
    ...sections.map((s, i) => ({ key: s.id, label: ROMAN[i] ?? String(i + 1), title: s.title, tasks: tasks.filter((t) => t.sectionId === s.id) })),
  ];
  return (
    <Table withTableBorder withColumnBorders className="annex-table" data-testid="annex-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{plan.annex.orderLabel}</Table.Th>
          {cols.map((c) => <Table.Th key={c.field}>{c.label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.flatMap((g) => [
          ...(g.label ? [<Table.Tr key={g.key}><Table.Td fw={700}>{g.label}</Table.Td><Table.Td fw={700} colSpan={cols.length}>{g.title}</Table.Td></Table.Tr>] : []),
          ...g.tasks.map((t, i) => (
            <Table.Tr key={t.id}>
              <Table.Td>{i + 1}</Table.Td>
              {cols.map((c) => <Table.Td key={c.field}>{annexCell(t, c.field)}</Table.Td>)}
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
    </Table>
  );
}
