import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { IMPORT_FIELDS, type ImportField, type ImportInput, type ImportMapping, type ImportPreview } from '../../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../../shared/domain/common';
import { formLabels } from '../../../shared/domain/labels';
import { errorMessage } from '../bridge';
import { activityEntry } from '../stores/activity-entry';
import { fileToBase64 } from '../files';
import { formatDateVi } from '../../../shared/text';
import { FilePicker } from './FilePicker';
import { JobProgress } from './JobProgress';
import type { JobOf } from '../../../shared/contract/jobs';
import { formatNumber } from '../../../shared/format';

const t = vi.activityImport;

/** .xlsx → column mapping → preview with per-row errors → all-or-nothing apply. */
export function ActivityImport({ onDone }: { onDone(message: string): void }) {
  const [base64, setBase64] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<JobOf<'activities.importApply'> | null>(null);
  const [kind, setKind] = useState<ImportInput['kind']>('broadcast');
  const label = (f: ImportField) => (f === 'quantity' ? t.quantityLabel[kind] : f === 'place' ? t.placeLabel[kind] : t.fields[f]);
  const fields = IMPORT_FIELDS.filter((f) => kind === 'broadcast' || (f !== 'slot' && f !== 'repeats'));

  async function run(b64: string, map: ImportMapping | null, k = kind) {
    setError(null);
    setBusy(true);
    try {
      const p = await activityEntry.importPreview({ base64: b64, mapping: map, kind: k });
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  async function apply() {
    if (!base64) return;
    setBusy(true);
    try {
      const r = await activityEntry.importApply({ base64, mapping, kind }, setJob);
      onDone(t.applied(r.created));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setJob(null);
    }
  }

  return (
    <Stack>
      <Text size="sm">{t.intro}</Text>
      <NativeSelect
        label={t.form}
        value={kind}
        onChange={(e) => {
          const k = e.currentTarget.value as ImportInput['kind'];
          setKind(k);
          if (base64) void run(base64, mapping, k);
        }}
        data={COMMUNICATION_FORMS.map((f) => ({ value: f, label: formLabels[f] }))}
        maw={420}
      />
      <FilePicker
        label={t.chooseFile}
        accept=".xlsx"
        onFiles={async ([file]) => {
          if (!file) return;
          const b64 = await fileToBase64(file);
          setBase64(b64);
          await run(b64, null);
        }}
      />
      {preview && mapping && (
        <>
          <Text fw={500}>{t.mapping}</Text>
          <SimpleGrid cols={3}>
            {fields.map((field) => (
              <NativeSelect
                key={field}
                label={label(field)}
                value={mapping[field] === null ? '' : String(mapping[field])}
                data={[
                  { value: '', label: t.notMapped },
                  ...preview.headers.map((h, i) => ({ value: String(i + 1), label: h || `Cột ${i + 1}` })),
                ]}
                onChange={(e) => {
                  const next = { ...mapping, [field]: e.currentTarget.value ? Number(e.currentTarget.value) : null };
                  setMapping(next);
                  if (base64) void run(base64, next);
                }}
              />
            ))}
          </SimpleGrid>
          <Text data-testid="import-summary">{t.summary(preview.validCount, preview.errorCount, preview.duplicateCount)}</Text>
          <ScrollArea h={260}>
            <Table striped withTableBorder data-testid="import-preview">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.row}</Table.Th>
                  <Table.Th>{t.fields.date}</Table.Th>
                  <Table.Th>{t.fields.title}</Table.Th>
                  <Table.Th>{label('quantity')}</Table.Th>
                  <Table.Th>{label('place')}</Table.Th>
                  <Table.Th>{t.errors}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.slice(0, 500).map((r) => (
                  <Table.Tr key={r.row} c={r.errors.length ? 'red' : r.duplicate ? 'dimmed' : undefined}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{formatDateVi(r.date)}</Table.Td>
                    <Table.Td>{r.title}</Table.Td>
                    <Table.Td>{r.quantity === null ? '' : formatNumber(r.quantity)}</Table.Td>
                    <Table.Td>{r.place}</Table.Td>
                    <Table.Td>{r.duplicate ? t.alreadyLoggedRow : r.errors.join('; ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {job && <JobProgress job={job} unit={null} stopAsked={false} onStop={() => undefined} testId="xlsx-progress" />}
      <Group justify="end">
        <Button onClick={() => void apply()} disabled={!preview || preview.errorCount > 0 || preview.validCount === 0} loading={busy}>
          {t.apply(preview?.validCount ?? 0)}
        </Button>
      </Group>
    </Stack>
  );
}
