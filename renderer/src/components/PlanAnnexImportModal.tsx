import { useEffect, useState } from 'react';
import { Alert, Button, FileInput, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { AnnexChangesPanel } from './AnnexChangesPanel';
import type { RemovedLinked } from '../../../shared/contract/plans';
import { vi } from '../../../shared/strings/index';
import { usePlansStore, useAnnexEditor, useAnnexImport } from '../stores/plans';
import type { PlanDetail } from '../../../shared/contract/plans';
import { toRoman } from '../../../shared/print/nd30';

const t = vi.plans;

/** The phụ lục replaced from an .xlsx: preview, problems by row and column, then apply. */
export function PlanAnnexImportModal({
  detail,
  onClose,
  onApplied,
}: {
  detail: PlanDetail;
  onClose: () => void;
  /** The number of tasks now in the phụ lục, to say so on the page. */
  onApplied?: (taskCount: number) => void;
}) {
  const imp = useAnnexImport();
  const loadDetail = usePlansStore((s) => s.loadDetail);
  const setNotice = usePlansStore((s) => s.setNotice);
  const replaceEditor = useAnnexEditor((s) => s.replaceFromServer);
  const planId = detail.plan.id;
  const [removedLinked, setRemovedLinked] = useState<RemovedLinked>('keep');
  useEffect(() => () => imp.reset(), []); // eslint-disable-line react-hooks/exhaustive-deps
  const p = imp.preview;
  return (
    <Modal opened onClose={onClose} title={t.importTitle} size="xl">
      <Stack>
        <Text size="sm">{t.importReplaceWarning}</Text>
        <FileInput
          label={t.importChoose}
          accept=".xlsx"
          clearable={false}
          onChange={(f) => f && void imp.choose(planId, removedLinked, f)}
        />
        {imp.working && <Loader size="sm" />}
        {imp.error && (
          <Alert color="red" data-testid="import-error">
            {imp.error}
          </Alert>
        )}
        {p && (
          <Stack gap="xs" data-testid="import-preview">
            <Text>{t.importSummary(p.sections.length, p.taskCount)}</Text>
            {p.sections.map((s, i) => (
              <Text key={i} size="sm">
                {toRoman(i + 1)}. {s.title} — {s.taskCount}
              </Text>
            ))}
            <Text size="sm" c="dimmed">
              {t.importColumns}: {p.columns.map((c) => c.header).join(' · ')}
            </Text>
            {p.sample.length > 0 && (
              <details>
                <summary>{t.previewRows}</summary>
                <ol>
                  {p.sample.map((c, i) => (
                    <li key={i}>
                      <Text size="sm" lineClamp={2}>
                        {c}
                      </Text>
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {p.problemCount > 0 ? (
              <>
                <Alert color="red">{t.importProblems(p.problemCount)}</Alert>
                <Table withTableBorder data-testid="import-problems">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t.problemRow}</Table.Th>
                      <Table.Th>{t.problemColumn}</Table.Th>
                      <Table.Th>{t.problemWhat}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.problems.map((x, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{x.row}</Table.Td>
                        <Table.Td>{x.column}</Table.Td>
                        <Table.Td>{x.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            ) : (
              <>
                <AnnexChangesPanel changes={p.changes} removedLinked={removedLinked} onChoose={setRemovedLinked} />
                <Alert color="green">{t.importNoProblems}</Alert>
              </>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button
            disabled={!p || p.problemCount > 0 || imp.working}
            onClick={() =>
              void imp.apply(planId, removedLinked).then(async (d) => {
                if (!d) return;
                replaceEditor(d);
                await loadDetail(planId);
                setNotice(null);
                onClose();
                onApplied?.(d.tasks.length);
              })
            }
          >
            {t.importApply}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
