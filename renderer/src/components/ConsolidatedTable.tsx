import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { provinceFiguresText as P } from '../../../shared/strings/province-figures';
import { COMMUNICATION_FORMS } from '../../../shared/domain/common';
import { formLabels } from '../../../shared/domain/labels';
import { figureNoteText, figureSourceText } from '../../../shared/domain/commune-figure';
import type { Consolidated } from '../../../shared/domain/bundle';
import { formatNumber } from '../../../shared/format';

const b = vi.bundles;

/**
 * The Bảng tổng hợp on screen: the rows communeFigure decided (the submitted report's figures,
 * or the recount of a commune that did not submit), each commune's name followed by its source
 * and, in orange, the difference between the report and the activities sent after it — as the
 * files and the CLI say.
 */
export function ConsolidatedTable({ table, onOpen }: { table: Consolidated; onOpen: (communeCode: string) => void }) {
  return (
    <Stack gap="xs">
      <Table withTableBorder striped data-testid="consolidated">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{b.communeCol}</Table.Th>
            {COMMUNICATION_FORMS.map((f) => (
              <Table.Th key={f}>{formLabels[f]}</Table.Th>
            ))}
            <Table.Th>{b.activitiesCol}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...table.rows, table.sum].map((r) => (
            <Table.Tr key={r.communeCode || 'sum'} fw={r.communeCode ? undefined : 700} data-commune={r.communeCode || undefined}>
              <Table.Td miw={180}>
                {r.communeCode && r.reported ? (
                  <Anchor component="button" ta="left" onClick={() => onOpen(r.communeCode)}>
                    {r.communeName}
                  </Anchor>
                ) : (
                  r.communeName
                )}
                {r.communeCode && (
                  <Text size="xs" c="dimmed" data-testid="figure-source">
                    {figureSourceText(r)}
                  </Text>
                )}
                {r.recount && (
                  <Text size="xs" c="orange.8" fw={600} data-testid="figure-difference">
                    {figureNoteText(r)}
                  </Text>
                )}
              </Table.Td>
              {COMMUNICATION_FORMS.map((f) => (
                <Table.Td key={f}>{formatNumber(r.counts[f]?.n ?? 0)}</Table.Td>
              ))}
              <Table.Td>{formatNumber(r.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {P.legend}
      </Text>
    </Stack>
  );
}

/** In the drill-down: the same difference note as the table's row, above the signed report. */
export function DrillDifference({ table, communeCode }: { table: Consolidated | null; communeCode: string }) {
  const row = table?.rows.find((r) => r.communeCode === communeCode);
  if (!row?.recount) return null;
  return (
    <Alert color="orange" data-testid="drill-difference">
      {figureNoteText(row)}
    </Alert>
  );
}
