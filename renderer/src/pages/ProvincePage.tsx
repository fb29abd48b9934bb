import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Code, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useBundlesStore } from '../stores/bundles';
import type { ImportLine } from '../../../shared/domain/bundle';
import { deliverFile } from '../download';
import { FolderField } from '../components/FolderField';
import { navigate } from '../router';
import { CommuneReportVersions } from '../components/CommuneReportVersions';
import { JobProgress } from '../components/JobProgress';
import { ProvinceSignedPdf } from '../components/ProvinceSignedPdf';
import { keyCustodyUi } from '../../../shared/strings/key-custody';
import { periodsOfYear } from '../../../shared/domain/deadlines';
import { YearField } from '../components/NumberField';
import { ConsolidatedTable, DrillDifference } from '../components/ConsolidatedTable';
import { formatDateTime, formatVersionLabel, yearInVietnam } from '../../../shared/format';

const b = vi.bundles;
const COLORS = { onTime: 'green', late: 'orange', missing: 'red', notDue: 'gray' } as const;
const dateTime = formatDateTime;
/** A status word wraps onto two lines in a narrow column rather than shrinking to "Đ…". */
const WRAPPING_BADGE = {
  root: { height: 'auto', minHeight: 20, paddingBlock: 2, maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', textAlign: 'center', lineHeight: 1.25 },
} as const;

function LineBadge({ status }: { status: ImportLine['status'] }) {
  return <Badge color={status === 'imported' ? 'green' : status === 'duplicate' ? 'gray' : 'red'}>{b.lineStatus[status]}</Badge>;
}

/** Province mode: trust list, import a folder, the timeliness matrix, the consolidated table. */
export function ProvincePage() {
  const s = useBundlesStore();
  const [year, setYear] = useState(yearInVietnam());
  const [period, setPeriod] = useState(`${yearInVietnam()}-q1`);
  const [cardPath, setCardPath] = useState('');
  const [thayKhoa, setThayKhoa] = useState(false);
  const [folder, setFolder] = useState('');
  const { loadProvince, resumeImport } = s;
  useEffect(() => void loadProvince(year, period), [loadProvince, year, period]);
  useEffect(() => void resumeImport(year, period), [resumeImport, year, period]);

  return (
    <Stack maw={1200}>
      <Title order={2}>{b.provinceTitle}</Title>
      <Text>{b.provinceIntro}</Text>
      {s.error && (
        <Alert color="red" role="alert">
          {s.error}
        </Alert>
      )}
      {s.opened && (
        <Paper withBorder p="md" data-testid="opened-bundle">
          <Stack>
            <Title order={4}>{b.openedTitle}</Title>
            <Code>{s.opened.path}</Code>
            <Text size="sm">{b.openedIntro}</Text>
            {s.opened.line ? (
              <Group>
                <LineBadge status={s.opened.line.status} />
                <Text>
                  {s.opened.line.message}
                  {s.opened.line.gap ? ` ${s.opened.line.gap}` : ''}
                </Text>
              </Group>
            ) : (
              <Group>
                <Button loading={s.busy} onClick={() => void s.importOpened(year, period)}>
                  {b.openedRun}
                </Button>
                <Button variant="default" onClick={s.dismissOpened}>
                  {b.openedDismiss}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}

      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{b.keysTitle}</Title>
          {s.keys.length === 0 ? (
            <Text c="dimmed">{b.keysEmpty}</Text>
          ) : (
            <Table data-testid="trusted-keys">
              <Table.Tbody>
                {s.keys.map((k) => (
                  <Table.Tr key={k.keyId}>
                    <Table.Td>
                      {k.communeName} ({k.communeCode})
                    </Table.Td>
                    <Table.Td>
                      <Code>{k.keyId.slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-')}</Code>
                    </Table.Td>
                    <Table.Td>{dateTime(k.addedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {s.notice && <Alert color="green">{b.keyAdded(s.notice)}</Alert>}
          {s.keyWarning && <Alert color="yellow">{s.keyWarning}</Alert>}
          <Group align="end">
            <TextInput label={b.keyCardPath} value={cardPath} onChange={(e) => setCardPath(e.currentTarget.value)} w={520} />
            <Button variant="light" disabled={!cardPath.trim()} onClick={() => void s.addKey(cardPath, thayKhoa)}>
              {b.addKey}
            </Button>
          </Group>
          <Checkbox
            label={keyCustodyUi.provinceConfirm}
            checked={thayKhoa}
            onChange={(e) => setThayKhoa(e.currentTarget.checked)}
            data-testid="confirm-replacement"
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{b.importTitle}</Title>
          <Group align="end">
            <FolderField label={b.importFolder} value={folder} onChange={setFolder} w={520} />
            <Button disabled={!folder.trim() || s.busy} loading={s.busy} onClick={() => void s.importFolder(folder, year, period)}>
              {b.importRun}
            </Button>
          </Group>
          {s.importJob && (
            <JobProgress
              job={s.importJob}
              unit={vi.jobs.units.bundles}
              stopAsked={s.importStopAsked}
              onStop={() => void s.stopImport()}
              testId="import-progress"
            />
          )}
          {s.summary && (
            <Stack gap="xs" data-testid="import-summary">
              <Alert color={s.summary.refused || s.importJob?.state === 'cancelled' ? 'orange' : 'green'}>{s.summary.text}</Alert>
              <Table>
                <Table.Tbody>
                  {s.summary.lines.map((l) => (
                    <Table.Tr key={l.file}>
                      <Table.Td>{l.file}</Table.Td>
                      <Table.Td>
                        <LineBadge status={l.status} />
                      </Table.Td>
                      <Table.Td>
                        {l.message}
                        {l.gap ? ` ${l.gap}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <Title order={4}>{b.matrixTitle(year)}</Title>
            <YearField label={b.year} value={year} w={120} onChange={(v) => v !== null && setYear(v)} />
          </Group>
          {s.matrix && s.matrix.rows.length === 0 && <Text c="dimmed">{b.noCommunes}</Text>}
          {s.matrix && s.matrix.rows.length > 0 && (
            <Table withTableBorder data-testid="status-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{b.communeCol}</Table.Th>
                  {s.matrix.periods.map((p) => (
                    <Table.Th key={p.key}>{p.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.matrix.rows.map((r) => (
                  <Table.Tr key={r.communeCode}>
                    <Table.Td>
                      {r.communeName} ({r.communeCode})
                    </Table.Td>
                    {r.cells.map((c) => (
                      <Table.Td key={c.periodKey}>
                        <Badge
                          color={COLORS[c.status]}
                          variant="light"
                          title={c.submittedAt ? dateTime(c.submittedAt) : undefined}
                          styles={WRAPPING_BADGE}
                        >
                          {b.status[c.status]}
                        </Badge>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between" align="end">
            <Title order={4}>{b.reportTitle}</Title>
            <Group align="end">
              <Select
                label={b.period}
                value={period}
                allowDeselect={false}
                w={180}
                data={(s.matrix?.periods ?? periodsOfYear(year)).map((p) => ({ value: p.key, label: p.label }))}
                onChange={(v) => v && setPeriod(v)}
              />
              <Button variant="default" onClick={() => void s.reportFile(period, 'xlsx').then((f) => f && deliverFile(f))}>
                {b.downloadXlsx}
              </Button>
              <Button variant="default" onClick={() => void s.reportFile(period, 'docx').then((f) => f && deliverFile(f))}>
                {b.downloadDocx}
              </Button>
              <Button variant="default" onClick={() => void s.reportFile(period, 'pdf').then((f) => f && deliverFile(f))}>
                {vi.provinceDocs.consolidated.downloadPdf}
              </Button>
              <Button variant="light" onClick={() => navigate(`/print/consolidated/${period}`)}>
                {vi.provinceDocs.consolidated.printButton}
              </Button>
            </Group>
          </Group>
          {s.drill ? (
            <Stack data-testid="commune-report">
              <Anchor component="button" onClick={s.closeDrill}>
                ← {b.drillBack}
              </Anchor>
              <Title order={5}>{b.drillTitle(s.drill.communeName, s.drill.periodLabel)}</Title>
              <Text size="sm" c="dimmed">
                {formatVersionLabel(s.drill.report.version, s.drill.report.submittedAt)}
              </Text>
              <DrillDifference table={s.table} communeCode={s.drill.communeCode} />
              <ProvinceSignedPdf communeCode={s.drill.communeCode} reportId={s.drill.report.id} />
              <CommuneReportVersions communeCode={s.drill.communeCode} period={period} />
            </Stack>
          ) : (
            s.table && (
              <>
                <Text size="sm" c="dimmed" data-testid="consolidated-window">
                  {vi.journalPeriods.provinceWindow(s.table.period.label, s.table.period.from, s.table.period.to)}
                </Text>
                <ConsolidatedTable table={s.table} onOpen={(code) => void s.openDrill(code, period)} />
              </>
            )
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
