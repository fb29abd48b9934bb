import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import { navigate } from '../router';
import { formatDateVi } from '../../../shared/text';
import { ReportDoc, NARRATIVE_KEYS, draftNarrative } from '../../../shared/domain/report';
import { reportTables, cellText, type ReportTable } from '../../../shared/domain/report-doc';
import { DateField } from '../components/DateField';
import { formatDateTime } from '../../../shared/format';
import type { ReportView, SubmitCheck } from '../../../shared/contract/reports';
import { cumulativeText, reportGateText as gate } from '../../../shared/strings/report-gate';
import { cumulativeLines } from '../../../shared/domain/report-cumulative';
import { estimateLines } from '../../../shared/domain/report-estimate';

const t = vi.reports;

export function ReportEditor({ id }: { id: string }) {
  const { view, loading, error, notice, open } = useReportsStore();
  useEffect(() => void open(id), [id, open]);
  if (!view || view.report.id !== id) return error ? <Alert color="red">{error}</Alert> : loading ? <Loader size="sm" /> : null;
  const r = view.report;
  const submitted = r.status === 'submitted';
  return (
    <Stack>
      <Anchor
        href="#/reports"
        onClick={(e) => {
          e.preventDefault();
          navigate('/reports');
        }}
      >
        {t.backToList}
      </Anchor>
      <Group>
        <Title order={2}>
          {t.title}: {view.label}
        </Title>
        <Badge variant="outline">{t.version(r.version)}</Badge>
        <Badge color={submitted ? 'green' : 'gray'} data-testid="report-status">
          {t.reportStatus[r.status]}
        </Badge>
      </Group>
      <Text c="dimmed">
        {t.columns.window}: {t.windowText(r.from, r.to)} · {t.columns.deadline}:{' '}
        {view.deadline ? formatDateVi(view.deadline) : t.noDeadline}
      </Text>
      {view.versions.length > 1 && (
        <Group gap="xs">
          <Text size="sm">{t.versions}:</Text>
          {view.versions.map((v) => (
            <Anchor
              key={v.id}
              size="sm"
              fw={v.id === r.id ? 700 : 400}
              href={`#/reports/${v.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/reports/${v.id}`);
              }}
            >
              {t.version(v.version)} ({t.reportStatus[v.status]})
            </Anchor>
          ))}
        </Group>
      )}
      {error && <Alert color="red">{error}</Alert>}
      {notice && <Alert color="green">{notice}</Alert>}
      {submitted ? <FrozenBanner view={view} /> : <Alert color="blue">{t.liveNote}</Alert>}
      {view.estimate && (
        <Alert color="orange" title={gate.estimateTitle(view.estimate.from, view.estimate.to)} data-testid="report-estimate">
          <Stack gap={2}>
            {estimateLines(view.estimate).map((l) => (
              <Text key={l} size="sm">
                {l}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {cumulativeLines(view.cumulative).length > 0 && (
        <Alert color="yellow" title={cumulativeText.title} data-testid="report-cumulative">
          <Stack gap={2}>
            {cumulativeLines(view.cumulative).map((l) => (
              <Text key={l} size="sm">
                {l}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Tabs defaultValue="content" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="content">{t.tabs.content}</Tabs.Tab>
          <Tabs.Tab value="figures">{t.tabs.figures}</Tabs.Tab>
          <Tabs.Tab value="criterion">{t.tabs.criterion}</Tabs.Tab>
          <Tabs.Tab value="print">{t.tabs.print}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <DocForm key={`${r.id}-${r.updatedAt}`} view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="figures" pt="md">
          <Stack>
            {reportTables(view.figures)
              .filter((x) => x.key === 'indicators' || x.key === 'areas' || x.key === 'tasks')
              .map((x) => (
                <FigureTable key={x.key} table={x} />
              ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="criterion" pt="md">
          <CriterionPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="print" pt="md">
          <OutputPanel view={view} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function FrozenBanner({ view }: { view: ReportView }) {
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

function DocForm({ view }: { view: ReportView }) {
  const { saveDoc, submit, checkSubmit, busy } = useReportsStore();
  const [doc, setDoc] = useState<ReportDoc>(view.report.doc);
  const [confirm, setConfirm] = useState(false);
  const [check, setCheck] = useState<SubmitCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const readOnly = view.report.status === 'submitted';
  const h = t.header;
  const set = <K extends keyof ReportDoc>(k: K, v: ReportDoc[K]) => setDoc((d) => ({ ...d, [k]: v }));
  const save = async () => {
    const parsed = ReportDoc.safeParse(doc);
    if (!parsed.success) {
      setProblem(`${vi.errors.invalidInput} (${parsed.error.issues[0]?.message ?? ''})`);
      return false;
    }
    setProblem(null);
    return saveDoc(parsed.data);
  };
  return (
    <Stack>
      {problem && <Alert color="red">{problem}</Alert>}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={h.numberText}
            description={h.numberHint}
            value={doc.numberText}
            readOnly={readOnly}
            onChange={(e) => set('numberText', e.currentTarget.value)}
          />
          <TextInput label={h.place} value={doc.place} readOnly={readOnly} onChange={(e) => set('place', e.currentTarget.value)} />
          <DateField label={h.reportDate} value={doc.reportDate} readOnly={readOnly} onChange={(iso) => set('reportDate', iso)} />
          <TextInput
            label={h.addressee}
            value={doc.addressee}
            readOnly={readOnly}
            onChange={(e) => set('addressee', e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput mt="sm" label={h.title} value={doc.title} readOnly={readOnly} onChange={(e) => set('title', e.currentTarget.value)} />
      </Paper>
      {NARRATIVE_KEYS.map((k) => (
        <Textarea
          key={k}
          label={t.sections[k]}
          autosize
          minRows={3}
          maxRows={14}
          value={doc.sections[k]}
          readOnly={readOnly}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDoc((d) => ({ ...d, sections: { ...d.sections, [k]: v } }));
          }}
        />
      ))}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={h.signerAuthority}
            value={doc.signer.authority}
            readOnly={readOnly}
            onChange={(e) => set('signer', { ...doc.signer, authority: e.currentTarget.value })}
          />
          <TextInput
            label={h.signerDeputy}
            value={doc.signer.deputy}
            readOnly={readOnly}
            onChange={(e) => set('signer', { ...doc.signer, deputy: e.currentTarget.value })}
          />
          <TextInput
            label={h.signerPosition}
            value={doc.signer.position}
            readOnly={readOnly}
            onChange={(e) => set('signer', { ...doc.signer, position: e.currentTarget.value })}
          />
          <TextInput
            label={h.signerName}
            value={doc.signer.name}
            readOnly={readOnly}
            onChange={(e) => set('signer', { ...doc.signer, name: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={h.recipients}
          autosize
          minRows={3}
          value={doc.recipients.join('\n')}
          readOnly={readOnly}
          onChange={(e) => set('recipients', e.currentTarget.value.split('\n'))}
        />
      </Paper>
      {!readOnly && (
        <Group>
          <Button loading={busy} onClick={() => void save()}>
            {t.saveDraft}
          </Button>
          <Button
            variant="default"
            onClick={() => setDoc((d) => ({ ...d, sections: draftNarrative(view.figures, view.phrase, view.commune.communeName) }))}
          >
            {t.redraft}
          </Button>
          <Button
            color="green"
            loading={busy}
            onClick={async () => {
              // The gate checks the text on the screen; it is saved on "Xác nhận".
              const parsed = ReportDoc.safeParse(doc);
              if (!parsed.success) return void (await save());
              setCheck(await checkSubmit(parsed.data));
              setConfirm(true);
            }}
          >
            {t.submit}
          </Button>
        </Group>
      )}
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t.submit}>
        <Stack>
          {check && check.blockers.length > 0 && (
            <Alert color="red" title={gate.blockersTitle} data-testid="submit-blockers">
              <Stack gap={4}>
                {check.blockers.map((b) => (
                  <Text key={b} size="sm">
                    {b}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          {check?.warnings.map((w) => (
            <Alert key={w} color="orange" data-testid="submit-warning">
              {w}
            </Alert>
          ))}
          {check && check.blockers.length === 0 && <Text>{t.submitConfirm}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {vi.actions.cancel}
            </Button>
            <Button
              color="green"
              disabled={!check || check.blockers.length > 0}
              loading={busy}
              onClick={async () => {
                setConfirm(false);
                if (await save()) await submit();
              }}
            >
              {vi.actions.confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function FigureTable({ table }: { table: ReportTable }) {
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

function CriterionPanel({ view }: { view: ReportView }) {
  const c = view.figures.criterion4;
  const tables = reportTables(view.figures);
  return (
    <Stack>
      <Title order={3}>{t.criterion.title}</Title>
      <Paper withBorder p="md">
        <Text fw={700}>{t.criterion.c41}</Text>
        <Text data-testid="criterion-41">{t.criterion.c41Text(c.doneCount, c.taskCount, c.completion)}</Text>
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

function OutputPanel({ view }: { view: ReportView }) {
  const { exportFile, busy } = useReportsStore();
  return (
    <Group>
      <Button variant="default" onClick={() => navigate(`/print/report/${view.report.id}/auto`)}>
        {vi.actions.print}
      </Button>
      <Button loading={busy} onClick={() => void exportFile('pdf')}>
        {vi.actions.exportPdf}
      </Button>
      <Button loading={busy} onClick={() => void exportFile('docx')}>
        {vi.actions.exportDocx}
      </Button>
      <Button loading={busy} onClick={() => void exportFile('xlsx')}>
        {vi.actions.exportXlsx}
      </Button>
      <Button loading={busy} variant="light" title={vi.reportLayout.insert.hint} onClick={() => void exportFile('insert')}>
        {vi.reportLayout.insert.button}
      </Button>
    </Group>
  );
}
