import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Loader,
  Modal,
  NumberInput,
  Radio,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { usePlansStore, useAnnexEditor, useAnnexImport } from '../stores/plans';
import { useAppStore } from '../stores/app';
import { formatDateVi } from '../../../shared/text';
import { navigate } from '../router';
import { AnnexTable } from '../components/AnnexTable';
import { AnnexEditor } from '../components/AnnexEditor';
import { PlanDocumentForm } from '../components/PlanDocumentForm';
import { PlanDocxImportModal } from '../components/PlanDocxImport';
import { planFiles } from '../stores/activity-entry';
import { LAYOUT_COMMUNE_7, LAYOUT_PROVINCE_5, type PlanFields } from '../../../shared/domain/plan';
import type { PlanDetail, PlanSummary } from '../../../shared/contract/plans';
import type { ExportedFile } from '../../../shared/contract/files';
import { toRoman } from '../../../shared/print/nd30';

const t = vi.plans;

/** `#/plans/new` opens the new-plan dialog at once (the home screen's first step); `#/plans/ID/import` opens the phụ lục import. */
export function PlansPage({ planId, action }: { planId: string | null; action?: string }) {
  if (planId === 'new') return <PlanList startCreating />;
  return planId ? <PlanView key={`${planId}-${action ?? ''}`} id={planId} startImport={action === 'import'} /> : <PlanList />;
}

function PlanList({ startCreating = false }: { startCreating?: boolean }) {
  const { list, loading, error, loadList } = usePlansStore();
  const [creating, setCreating] = useState(startCreating);
  const [copying, setCopying] = useState<PlanSummary | null>(null);
  const [importingDocx, setImportingDocx] = useState(false);
  useEffect(() => void loadList(), [loadList]);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t.title}</Title>
        <Group>
          <Button variant="default" onClick={() => setImportingDocx(true)}>
            {vi.planImport.open}
          </Button>
          <Button onClick={() => setCreating(true)}>{t.create}</Button>
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {loading && <Loader size="sm" />}
      {!loading && list.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {list.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.year}</Table.Th>
              <Table.Th>{t.title}</Table.Th>
              <Table.Th>{t.number}</Table.Th>
              <Table.Th>{t.taskCount}</Table.Th>
              <Table.Th>{t.updated}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.year}</Table.Td>
                <Table.Td>
                  <Anchor
                    href={`#/plans/${p.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/plans/${p.id}`);
                    }}
                  >
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.numberText}</Table.Td>
                <Table.Td>{p.taskCount}</Table.Td>
                <Table.Td>{formatDateVi(p.updatedAt)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => setCopying(p)}>
                    {t.copyToNextYear}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <CreatePlanModal onClose={() => setCreating(false)} />}
      {copying && <CopyPlanModal plan={copying} onClose={() => setCopying(null)} />}
      {importingDocx && <PlanDocxImportModal onClose={() => setImportingDocx(false)} />}
    </Stack>
  );
}

function CreatePlanModal({ onClose }: { onClose: () => void }) {
  const settings = useAppStore((s) => s.settings);
  const create = usePlansStore((s) => s.create);
  const [year, setYear] = useState(new Date().getFullYear());
  const [title, setTitle] = useState(t.defaultTitle(new Date().getFullYear()));
  const [layout, setLayout] = useState<'7' | '5'>('7');
  const [error, setError] = useState<string | null>(null);
  const commune = settings?.communeName ?? '';
  const submit = async (thenImport = false) => {
    const fields: PlanFields = {
      year,
      title,
      parentBody: '',
      issuer: t.defaultIssuer(commune),
      numberText: '/KH-UBND',
      place: t.placeFromCommune(commune),
      issuedOn: null,
      opening: '',
      body: t.defaultBody.map((heading) => ({ heading, text: '' })),
      closing: '',
      recipients: [...t.defaultRecipients],
      signer: { ...t.defaultSigner },
      annex: {
        heading: t.defaultAnnexHeading,
        title: t.defaultAnnexTitle(year),
        subtitle: '',
        orderLabel: 'TT',
        columns: layout === '7' ? LAYOUT_COMMUNE_7 : LAYOUT_PROVINCE_5,
      },
      amendsPlanId: null,
      amendKind: 'supplement',
    };
    try {
      const plan = await create(fields);
      onClose();
      navigate(thenImport ? `/plans/${plan.id}/import` : `/plans/${plan.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t.createTitle} size="lg">
      <Stack>
        <NumberInput
          label={t.f.year}
          min={2000}
          max={2100}
          value={year}
          onChange={(n) => {
            if (typeof n === 'number') {
              setYear(n);
              setTitle(t.defaultTitle(n));
            }
          }}
        />
        <TextInput label={t.f.title} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Radio.Group label={t.layout} value={layout} onChange={(v) => setLayout(v === '5' ? '5' : '7')}>
          <Stack gap={6} mt={6}>
            <Radio value="7" label={t.layoutCommune7} />
            <Radio value="5" label={t.layoutProvince5} />
          </Stack>
        </Radio.Group>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button variant="light" onClick={() => void submit(true)}>
            {t.createAndImport}
          </Button>
          <Button onClick={() => void submit()}>{t.create}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CopyPlanModal({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const copy = usePlansStore((s) => s.copyToYear);
  const [year, setYear] = useState(plan.year + 1);
  return (
    <Modal opened onClose={onClose} title={t.copyToNextYear} size="lg">
      <Stack>
        <Text size="sm">{t.copyHint(plan.year, year)}</Text>
        <NumberInput label={t.copyTargetYear} min={2000} max={2100} value={year} onChange={(n) => typeof n === 'number' && setYear(n)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.actions.cancel}
          </Button>
          <Button
            onClick={() =>
              void copy(plan.id, year).then((id) => {
                onClose();
                if (id) navigate(`/plans/${id}`);
              })
            }
          >
            {t.copyToNextYear}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PlanView({ id, startImport = false }: { id: string; startImport?: boolean }) {
  const { detail, loading, error, loadDetail, update, remove, exportFile, busy, notice, setNotice } = usePlansStore();
  const [deleting, setDeleting] = useState(false);
  const initEditor = useAnnexEditor((s) => s.init);
  const editorPlan = useAnnexEditor((s) => s.planId);
  const [tab, setTab] = useState<string | null>('view');
  const [importing, setImporting] = useState(startImport);
  useEffect(() => void loadDetail(id), [id, loadDetail]);
  useEffect(() => {
    if (detail && detail.plan.id === id && editorPlan !== id) initEditor(detail);
  }, [detail, id, editorPlan, initEditor]);
  const changeTab = async (next: string | null) => {
    // Leaving the editor: save now and show the table as stored.
    await useAnnexEditor.getState().flush();
    if (tab === 'edit') await loadDetail(id);
    setTab(next);
  };
  if (error) return <Alert color="red">{error}</Alert>;
  if (loading && !detail) return <Loader size="sm" />;
  if (!detail || detail.plan.id !== id) return <Loader size="sm" />;
  const { plan } = detail;
  const run = (label: string, fn: () => Promise<ExportedFile>) => async () => {
    await useAnnexEditor.getState().flush();
    await exportFile(label, fn);
  };
  return (
    <Stack>
      <Anchor
        href="#/plans"
        onClick={(e) => {
          e.preventDefault();
          void useAnnexEditor
            .getState()
            .flush()
            .then(() => navigate('/plans'));
        }}
      >
        {t.backToList}
      </Anchor>
      <Title order={2}>{plan.title}</Title>
      <Text c="dimmed">
        {plan.issuer} · {t.number}: {plan.numberText} · {t.year} {plan.year}
      </Text>
      <Group gap="xs">
        <Button size="xs" loading={busy === t.exportPdf} onClick={run(t.exportPdf, () => planFiles.pdf(id))}>
          {t.exportPdf}
        </Button>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            void useAnnexEditor
              .getState()
              .flush()
              .then(() => navigate(`/print/plan/${id}/auto`))
          }
        >
          {t.print}
        </Button>
        <Button size="xs" variant="light" loading={busy === t.exportDocx} onClick={run(t.exportDocx, () => planFiles.docx(id, 'all'))}>
          {t.exportDocx}
        </Button>
        <Button
          size="xs"
          variant="light"
          loading={busy === t.exportDocxAnnex}
          onClick={run(t.exportDocxAnnex, () => planFiles.docx(id, 'annex'))}
        >
          {t.exportDocxAnnex}
        </Button>
        <Button size="xs" variant="light" loading={busy === t.exportXlsx} onClick={run(t.exportXlsx, () => planFiles.xlsx(id))}>
          {t.exportXlsx}
        </Button>
        <Button size="xs" variant="default" onClick={() => setImporting(true)}>
          {t.importXlsx}
        </Button>
        <Button size="xs" variant="default" loading={busy === t.template} onClick={run(t.template, () => planFiles.template(id))}>
          {t.template}
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>
          {t.deletePlan}
        </Button>
      </Group>
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t.deletePlan}>
        <Stack>
          <Text>{t.deleteConfirm}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(false)}>
              {vi.actions.cancel}
            </Button>
            <Button color="red" onClick={() => void remove(id).then(() => navigate('/plans'))}>
              {t.deletePlan}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {busy && (
        <Text size="sm" c="dimmed">
          {t.exporting}
        </Text>
      )}
      {notice && (
        <Alert color={notice === t.documentSaved ? 'green' : 'red'} withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => void changeTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="view">{t.annex}</Tabs.Tab>
          <Tabs.Tab value="edit">{t.tabAnnex}</Tabs.Tab>
          <Tabs.Tab value="doc">{t.tabDocument}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="view" pt="md">
          <Stack>
            {plan.annex.title && (
              <Text fw={700} ta="center">
                {plan.annex.title}
              </Text>
            )}
            <AnnexTable detail={detail} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="edit" pt="md">
          <AnnexEditor layout={plan.annex} year={plan.year} />
        </Tabs.Panel>
        <Tabs.Panel value="doc" pt="md">
          <PlanDocumentForm key={plan.updatedAt} plan={plan} onSave={(fields) => update(id, fields)} />
        </Tabs.Panel>
      </Tabs>
      {importing && <ImportModal detail={detail} onClose={() => setImporting(false)} />}
    </Stack>
  );
}

function ImportModal({ detail, onClose }: { detail: PlanDetail; onClose: () => void }) {
  const imp = useAnnexImport();
  const loadDetail = usePlansStore((s) => s.loadDetail);
  const setNotice = usePlansStore((s) => s.setNotice);
  const replaceEditor = useAnnexEditor((s) => s.replaceFromServer);
  const planId = detail.plan.id;
  useEffect(() => () => imp.reset(), []); // eslint-disable-line react-hooks/exhaustive-deps
  const p = imp.preview;
  return (
    <Modal opened onClose={onClose} title={t.importTitle} size="xl">
      <Stack>
        <Text size="sm">{t.importReplaceWarning}</Text>
        <FileInput label={t.importChoose} accept=".xlsx" clearable={false} onChange={(f) => f && void imp.choose(planId, f)} />
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
              <Alert color="green">{t.importNoProblems}</Alert>
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
              void imp.apply(planId).then(async (d) => {
                if (!d) return;
                replaceEditor(d);
                await loadDetail(planId);
                setNotice(null);
                onClose();
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
