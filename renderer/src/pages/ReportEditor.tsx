import { useEffect } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import { navigate } from '../router';
import { formatDateVi } from '../../../shared/text';
import { reportTables } from '../../../shared/domain/report-doc';
import type { ReportView } from '../../../shared/contract/reports';
import { cumulativeText, reportGateText as gate } from '../../../shared/strings/report-gate';
import { cumulativeLines } from '../../../shared/domain/report-cumulative';
import { estimateLines } from '../../../shared/domain/report-estimate';
import { ReportFrozenBanner } from '../components/ReportFrozenBanner';
import { ReportDocForm } from '../components/ReportDocForm';
import { CriterionPanel, FigureTable } from '../components/ReportFigureTables';
import { NextStepButton } from '../components/NextStepButton';
import { SignedPdfPanel } from '../components/SignedPdfPanel';

const t = vi.reports;

export function ReportEditor({ id }: { id: string }) {
  const { view, loading, error, notice, open } = useReportsStore();
  useEffect(() => void open(id), [id, open]);
  // Submitted from the foot of the form: bring up the top, where it says so and offers the next step.
  const justSubmitted = notice === t.submitted;
  useEffect(() => {
    if (justSubmitted) window.scrollTo({ top: 0 });
  }, [justSubmitted]);
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
      {notice && (
        <Alert color="green">
          <Group justify="space-between">
            <Text size="sm">{notice}</Text>
            {submitted && justSubmitted && <NextStepButton after="report" />}
          </Group>
        </Alert>
      )}
      {submitted ? <ReportFrozenBanner view={view} /> : <Alert color="blue">{t.liveNote}</Alert>}
      {submitted && <SignedPdfPanel kind="report" id={r.id} />}
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
          <ReportDocForm key={`${r.id}-${r.updatedAt}`} view={view} />
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
