import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { usePlansStore, useAnnexEditor } from '../stores/plans';
import { formatDateVi } from '../../../shared/text';
import { navigate } from '../router';
import { AnnexEditor } from '../components/AnnexEditor';
import { PlanDocumentForm } from '../components/PlanDocumentForm';
import { SignedPdfPanel } from '../components/SignedPdfPanel';
import { PlanDocxImportModal } from '../components/PlanDocxImport';
import { PlanAnnexImportModal } from '../components/PlanAnnexImportModal';
import { CopyPlanModal, CreatePlanModal } from '../components/PlanCreateModals';
import { planFiles } from '../stores/activity-entry';
import { NextStepButton } from '../components/NextStepButton';
import type { PlanSummary } from '../../../shared/contract/plans';
import type { ExportedFile } from '../../../shared/contract/files';
import { planInForceText } from '../../../shared/strings/plan-in-force';

const t = vi.plans;

/** Under the title: which plan of the year is counted — the one in force, a linked amendment, or one not linked (counted nowhere). */
function PlanRoleNote({ plan }: { plan: PlanSummary }) {
  const r = planInForceText.roleLabel;
  const [text, color] =
    plan.role === 'base'
      ? [r.base, 'green.8']
      : plan.role === 'amendment'
        ? [r.amendment(planInForceText.kinds[plan.amendKind] ?? ''), 'dimmed']
        : [r.unlinked, 'orange.8'];
  return (
    <Text size="xs" c={color} fw={plan.role === 'unlinked' ? 700 : 400} data-testid="plan-role-note">
      {text}
    </Text>
  );
}

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
                <Table.Td miw={260}>
                  <Anchor
                    href={`#/plans/${p.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/plans/${p.id}`);
                    }}
                  >
                    {p.title}
                  </Anchor>
                  <PlanRoleNote plan={p} />
                </Table.Td>
                <Table.Td>{p.numberText}</Table.Td>
                <Table.Td>{p.taskCount}</Table.Td>
                <Table.Td>{formatDateVi(p.updatedAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    h="auto"
                    py={4}
                    styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
                    onClick={() => setCopying(p)}
                  >
                    {t.copyToNextYear}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <CreatePlanModal
          onClose={() => setCreating(false)}
          onImportWord={() => {
            setCreating(false);
            setImportingDocx(true);
          }}
        />
      )}
      {copying && <CopyPlanModal plan={copying} onClose={() => setCopying(null)} />}
      {importingDocx && <PlanDocxImportModal onClose={() => setImportingDocx(false)} />}
    </Stack>
  );
}
function PlanView({ id, startImport = false }: { id: string; startImport?: boolean }) {
  const { detail, loading, error, loadDetail, update, remove, exportFile, busy, notice, setNotice } = usePlansStore();
  const [deleting, setDeleting] = useState(false);
  const initEditor = useAnnexEditor((s) => s.init);
  const editorPlan = useAnnexEditor((s) => s.planId);
  const [tab, setTab] = useState<string | null>('annex');
  const [importing, setImporting] = useState(startImport);
  const [imported, setImported] = useState<number | null>(null);
  useEffect(() => void loadDetail(id), [id, loadDetail]);
  useEffect(() => {
    if (detail && detail.plan.id === id && editorPlan !== id) initEditor(detail);
  }, [detail, id, editorPlan, initEditor]);
  const changeTab = async (next: string | null) => {
    // Leaving the phụ lục: save now, so the plan's document and files read what was typed.
    await useAnnexEditor.getState().flush();
    if (tab === 'annex') await loadDetail(id);
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
      {imported !== null && (
        <Alert color="green" withCloseButton onClose={() => setImported(null)} data-testid="annex-imported">
          <Group justify="space-between">
            <Text size="sm">{t.importDone(imported)}</Text>
            <NextStepButton after="plan" />
          </Group>
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => void changeTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="annex">{t.annex}</Tabs.Tab>
          <Tabs.Tab value="doc">{t.tabDocument}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="annex" pt="md">
          <Stack>
            {plan.annex.title && (
              <Text fw={700} ta="center">
                {plan.annex.title}
              </Text>
            )}
            <AnnexEditor layout={plan.annex} year={plan.year} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="doc" pt="md">
          <PlanDocumentForm key={plan.updatedAt} plan={plan} onSave={(fields) => update(id, fields)} />
        </Tabs.Panel>
      </Tabs>
      <SignedPdfPanel kind="plan" id={plan.id} />
      {importing && <PlanAnnexImportModal detail={detail} onClose={() => setImporting(false)} onApplied={setImported} />}
    </Stack>
  );
}
