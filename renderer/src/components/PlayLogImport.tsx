import { useState } from 'react';
import { Alert, Button, FileInput, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { errorMessage } from '../bridge';
import { playLogStore } from '../stores/play-log';
import { fileToBase64 } from '../files';
import type { PlayLogPreview } from '../../../shared/contract/play-log';
import { vi } from '../../../shared/strings/index';

const t = vi.playLog;

/** A station's play log: counts (tin/bài, lượt phát, skipped rows) shown before anything is written. */
export function PlayLogImport({ onDone }: { onDone: (message: string) => void }) {
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<PlayLogPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const choose = async (f: File) => {
    setPreview(null);
    setError(null);
    setWorking(true);
    try {
      const input = { fileName: f.name, base64: await fileToBase64(f) };
      setPreview(await playLogStore.preview(input));
      setFile(input);
    } catch (e) {
      setError(errorMessage(e));
    }
    setWorking(false);
  };
  const apply = async () => {
    if (!file) return;
    setWorking(true);
    try {
      const r = await playLogStore.apply(file);
      onDone(t.done(r.created, r.plays));
    } catch (e) {
      setError(errorMessage(e));
    }
    setWorking(false);
  };
  return (
    <Stack>
      <Text size="sm">{t.hint}</Text>
      <FileInput label={t.choose} accept=".xlsx,.csv" clearable={false} onChange={(f) => f && void choose(f)} />
      {working && <Loader size="sm" />}
      {error && (
        <Alert color="red" data-testid="play-log-error">
          {error}
        </Alert>
      )}
      {preview && (
        <Stack gap="xs" data-testid="play-log-preview">
          <Text fw={600}>{t.counts(preview.bulletinCount, preview.playCount, preview.skippedCount)}</Text>
          {preview.duplicateCount > 0 && (
            <Text c="orange.8" data-testid="play-log-duplicates">
              {t.alreadyLogged(preview.duplicateCount)}
            </Text>
          )}
          {preview.skipped.length > 0 && (
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.row}</Table.Th>
                  <Table.Th>{t.name}</Table.Th>
                  <Table.Th>{t.reason}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.skipped.map((s) => (
                  <Table.Tr key={s.row}>
                    <Table.Td>{s.row}</Table.Td>
                    <Table.Td>{s.title}</Table.Td>
                    <Table.Td>{s.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button disabled={!preview || preview.bulletinCount === 0 || working} onClick={() => void apply()}>
          {t.apply}
        </Button>
      </Group>
    </Stack>
  );
}
