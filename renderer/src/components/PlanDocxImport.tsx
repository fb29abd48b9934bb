import { useEffect } from 'react';
import { Alert, Button, FileInput, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { usePlanDocxImport } from '../stores/plan-docx-import';
import { usePlansStore } from '../stores/plans';
import { navigate } from '../router';
import { vi } from '../../../shared/strings/index';

const t = vi.planImport;

/** The review screen of a Word plan: what was recognised (header, parts, signer) and every task row with its problems. */
export function PlanDocxImportModal({ onClose }: { onClose: () => void }) {
  const imp = usePlanDocxImport();
  const loadList = usePlansStore((s) => s.loadList);
  useEffect(() => () => imp.reset(), []); // eslint-disable-line react-hooks/exhaustive-deps
  const p = imp.preview;
  const blocking = p ? p.rows.filter((r) => !r.content).length : 0;
  return (
    <Modal opened onClose={onClose} title={t.title} size="90%">
      <Stack>
        <Text size="sm">{t.hint}</Text>
        <FileInput label={t.choose} accept=".docx" clearable={false} onChange={(f) => f && void imp.choose(f)} />
        {imp.working && <Loader size="sm" />}
        {imp.error && (
          <Alert color="red" data-testid="docx-import-error">
            {imp.error}
          </Alert>
        )}
        {p && (
          <Stack gap="xs" data-testid="docx-import-preview">
            <Text fw={600}>{t.recognised}</Text>
            <Table withTableBorder>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t.docType}</Table.Th>
                  <Table.Td>{p.docType === 'decision' ? t.docDecision : t.docPlan}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldTitle}</Table.Th>
                  <Table.Td>{p.title}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldNumber}</Table.Th>
                  <Table.Td>{p.numberText}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldDate}</Table.Th>
                  <Table.Td>{p.placeDate}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldParts}</Table.Th>
                  <Table.Td>{p.parts.join(' · ')}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldRecipients}</Table.Th>
                  <Table.Td>{p.recipients.join(' ')}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t.fieldSigner}</Table.Th>
                  <Table.Td>{p.signer}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text fw={600}>{t.tasks(p.taskCount)}</Text>
            <Table withTableBorder striped data-testid="docx-import-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t.colContent}</Table.Th>
                  <Table.Th>{t.colLead}</Table.Th>
                  <Table.Th>{t.colCoop}</Table.Th>
                  <Table.Th>{t.colTime}</Table.Th>
                  <Table.Th>{t.colSource}</Table.Th>
                  <Table.Th>{t.colProblems}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.rows.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {r.content}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.lead}</Table.Td>
                    <Table.Td>{r.coop}</Table.Td>
                    <Table.Td>{r.time}</Table.Td>
                    <Table.Td>{t.source[r.source]}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="orange.8">
                        {r.problems.join(' ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {blocking > 0 && <Alert color="red">{t.emptyTaskRows(blocking)}</Alert>}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button
            disabled={!p || blocking > 0 || imp.working}
            onClick={() =>
              void imp.apply().then(async (d) => {
                if (!d) return;
                await loadList();
                onClose();
                navigate(`/plans/${d.plan.id}`);
              })
            }
          >
            {t.apply}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
