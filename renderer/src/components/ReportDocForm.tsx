import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import { ReportDoc, NARRATIVE_KEYS, draftNarrative } from '../../../shared/domain/report';
import { DateField } from './DateField';
import type { ReportView, SubmitCheck } from '../../../shared/contract/reports';
import { reportGateText as gate } from '../../../shared/strings/report-gate';

const t = vi.reports;

/** The report's text (header, narrative, signer) with save, redraft and the submit gate. */
export function ReportDocForm({ view }: { view: ReportView }) {
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
