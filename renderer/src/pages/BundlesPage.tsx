import { useEffect, useState } from 'react';
import { Alert, Button, Code, Group, Paper, Radio, Select, Stack, Table, Text, Title } from '@mantine/core';
import { ConfirmButton } from '../components/ConfirmButton';
import { vi } from '../../../shared/strings/index';
import { useBundlesStore } from '../stores/bundles';
import { deliverFile } from '../download';
import { formatDateTime, formatPeriodKey, formatVersionLabel } from '../../../shared/format';
import { JobProgress } from '../components/JobProgress';
import { KeyCustodyPanel } from './KeyCustodyPanel';
import { FolderField } from '../components/FolderField';

const b = vi.bundles;
const dateTime = formatDateTime;

/** "Gửi tỉnh": the commune's key, what to send, where, and the outbox. */
export function BundlesPage() {
  const { key, candidates, outbox, written, createJob, busy, error, loadCommune, create, keyCard, rotate } = useBundlesStore();
  const [chosenWhat, setWhat] = useState<'report' | 'changes'>('report');
  const [chosenReport, setReportId] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [rotated, setRotated] = useState(false);
  useEffect(() => void loadCommune(), [loadCommune]);
  // Without a submitted report only "changes" can be sent; the newest report is preselected.
  const what = candidates && !candidates.reports.length ? 'changes' : chosenWhat;
  const reportId = chosenReport ?? candidates?.reports[0]?.id ?? null;

  const canCreate = folder.trim() !== '' && (what === 'changes' || reportId !== null) && !busy;
  return (
    <Stack maw={980}>
      <Title order={2}>{b.title}</Title>
      <Text>{b.intro}</Text>

      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{b.keyTitle}</Title>
          {key && (
            <>
              <Text>
                {b.keyFingerprint}: <Code data-testid="key-fingerprint">{key.fingerprint}</Code>
              </Text>
              <Text size="sm" c="dimmed">
                {b.keyCreated} {dateTime(key.createdAt)} · {b.keyProtection[key.protection]}
              </Text>
            </>
          )}
          {rotated && <Alert color="green">{b.rotated}</Alert>}
          <Group>
            <Button variant="light" onClick={() => void keyCard().then((f) => f && deliverFile(f))}>
              {b.exportKeyCard}
            </Button>
            <ConfirmButton
              variant="subtle"
              color="orange"
              question={b.rotateConfirm}
              onConfirm={() => void rotate().then(() => setRotated(true))}
            >
              {b.rotateKey}
            </ConfirmButton>
          </Group>
        </Stack>
      </Paper>

      <KeyCustodyPanel />

      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{b.whatTitle}</Title>
          <Radio.Group value={what} onChange={(v) => setWhat(v as 'report' | 'changes')}>
            <Stack gap="xs">
              <Radio value="report" label={b.whatReport} disabled={!candidates?.reports.length} />
              {what === 'report' && candidates?.reports.length ? (
                <Select
                  label={b.reportLabel}
                  ml="xl"
                  maw={420}
                  value={reportId}
                  onChange={setReportId}
                  allowDeselect={false}
                  data={candidates.reports.map((r) => ({
                    value: r.id,
                    label: `${r.label} — ${formatVersionLabel(r.version, r.submittedAt)}`,
                  }))}
                />
              ) : null}
              {candidates && !candidates.reports.length && (
                <Text size="sm" c="dimmed" ml="xl">
                  {b.noSubmittedReports}
                </Text>
              )}
              <Radio value="changes" label={`${b.whatChanges} (${b.changesCount(candidates?.pendingChanges ?? 0)})`} />
            </Stack>
          </Radio.Group>
          <FolderField
            testId="bundle-folder"
            label={b.folderTitle}
            description={b.folderHint}
            placeholder={b.folderPlaceholder}
            value={folder}
            onChange={setFolder}
          />
          <Group>
            <Button
              disabled={!canCreate}
              loading={busy}
              onClick={() => void create(what === 'report' && reportId ? { kind: 'report', reportId } : { kind: 'changes' }, folder)}
            >
              {b.create}
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {createJob?.state === 'running' && (
            <JobProgress job={createJob} unit={null} stopAsked={false} onStop={() => undefined} testId="bundle-progress" />
          )}
          {written && (
            <Alert color="green" title={b.written} data-testid="bundle-written">
              {b.writtenDetail(written.fileName, written.size, written.fingerprint)}
              {written.repairedTexts > 0 && (
                <Text size="sm" mt="xs" data-testid="bundle-repaired">
                  {b.repairedNote(written.repairedTexts)}
                </Text>
              )}
            </Alert>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{b.outboxTitle}</Title>
          {outbox.length === 0 ? (
            <Text c="dimmed">{b.outboxEmpty}</Text>
          ) : (
            <Table striped data-testid="outbox">
              <Table.Thead>
                <Table.Tr>
                  {[b.col.seq, b.col.file, b.col.scope, b.col.periods, b.col.activities, b.col.size, b.col.created].map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.seq}</Table.Td>
                    <Table.Td>{o.fileName}</Table.Td>
                    <Table.Td>{b.scope[o.scope]}</Table.Td>
                    <Table.Td>{o.periods.map(formatPeriodKey).join(', ')}</Table.Td>
                    <Table.Td>{o.activities}</Table.Td>
                    <Table.Td>{b.size(o.size)}</Table.Td>
                    <Table.Td>{dateTime(o.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
