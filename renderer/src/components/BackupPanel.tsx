import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { keyCustody, keyCustodyUi } from '../../../shared/strings/key-custody';
import { vi } from '../../../shared/strings/index';
import { JobProgress } from './JobProgress';
import type { BackupSource } from '../../../shared/domain/backup';
import { useBackupStore } from '../stores/backup';
import { useAppStore } from '../stores/app';
import { BackupSummaryCard } from './BackupSummaryCard';
import { FolderField } from './FolderField';
import { formatDateTime } from './backupFormat';

/**
 * "Sao lưu ra USB" and "Khôi phục". Used on the settings page and, with `recovery`, on the
 * recovery screen (no backup-to-USB there: the database is not open).
 */
export function BackupPanel({ recovery = false }: { recovery?: boolean }) {
  const t = vi.backup;
  const store = useBackupStore();
  const reloadApp = useAppStore((s) => s.load);
  // The desktop app picks folders with its native dialog; typed paths are for the preview.
  const typed = useAppStore((s) => s.info?.runtime !== 'electron');
  const [folder, setFolder] = useState('');
  const [withKey, setWithKey] = useState(false);
  const [keyPass, setKeyPass] = useState('');
  const [sourcePath, setSourcePath] = useState('');
  const [source, setSource] = useState<BackupSource | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { loadLocal, reset } = store;
  useEffect(() => {
    reset();
    void loadLocal();
  }, [loadLocal, reset]);

  const inspect = (s: BackupSource) => {
    setSource(s);
    void store.inspect(s);
  };
  const restore = async () => {
    setConfirming(false);
    if (!store.inspected || !source) return;
    // A backup chosen in the dialog is named by the path the app read it from.
    const chosen = source.name ? { name: source.name } : { path: store.inspected.path };
    if (await store.restore(store.inspected, chosen)) {
      await reloadApp();
      void loadLocal();
    }
  };

  return (
    <Stack>
      {!recovery && (
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t.toUsb}</Title>
            <Text size="sm" c="dimmed">
              {t.intro}
            </Text>
            {typed && (
              <FolderField testId="backup-folder" label={t.folderLabel} description={t.folderHint} value={folder} onChange={setFolder} />
            )}
            <Checkbox label={keyCustody.withKey} checked={withKey} onChange={(e) => setWithKey(e.currentTarget.checked)} />
            {withKey && (
              <PasswordInput label={keyCustodyUi.passphrase} value={keyPass} onChange={(e) => setKeyPass(e.currentTarget.value)} w={320} />
            )}
            <Group>
              <Button
                loading={store.busy}
                disabled={withKey && !keyPass}
                onClick={() => void store.toFolder(folder, withKey ? keyPass : undefined)}
              >
                {t.toUsb}
              </Button>
            </Group>
            {store.toFolderJob && (
              <JobProgress job={store.toFolderJob} unit={null} stopAsked={false} onStop={() => undefined} testId="backup-progress" />
            )}
            {store.written && <Alert color="green">{t.done(store.written)}</Alert>}
            {store.keyFile && <Alert color="green">{keyCustody.keyFileWritten(store.keyFile)}</Alert>}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{recovery ? t.recovery.other : t.restore}</Title>
          {typed && (
            <FolderField
              testId="backup-source"
              label={t.sourceLabel}
              description={t.sourceHint}
              value={sourcePath}
              onChange={setSourcePath}
            />
          )}
          <Group>
            <Button variant="light" loading={store.busy} onClick={() => inspect(sourcePath.trim() ? { path: sourcePath.trim() } : {})}>
              {t.check}
            </Button>
          </Group>
          {!recovery && (
            <>
              <Text fw={600} size="sm">
                {t.localBackups}
              </Text>
              {store.local.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t.noLocalBackups}
                </Text>
              ) : (
                <Table data-testid="local-backups">
                  <Table.Tbody>
                    {store.local.map((b) => (
                      <Table.Tr key={b.name}>
                        <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                        <Table.Td>{t.reasons[b.reason]}</Table.Td>
                        <Table.Td>{t.summary.activityCount(b.activities)}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="subtle" onClick={() => inspect({ name: b.name })}>
                            {t.check}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </>
          )}
          {store.inspected && (
            <>
              <BackupSummaryCard summary={store.inspected} />
              <Group>
                <Button color="red" onClick={() => setConfirming(true)}>
                  {t.restore}
                </Button>
              </Group>
            </>
          )}
          {store.restored && (
            <Alert color="green">
              {t.restored}
              {store.resend > 0 && <Text size="sm">{t.resendAfterRestore(store.resend)}</Text>}
            </Alert>
          )}
        </Stack>
      </Paper>
      {store.error && (
        <Alert color="red" role="alert">
          {store.error}
        </Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t.confirmTitle}>
        <Stack>
          <Text>{t.confirmBody}</Text>
          <Text data-testid="restore-sent-note">{store.sentAfter > 0 ? t.sentAfter(store.sentAfter) : t.keepsSent}</Text>
          {store.inspected && <BackupSummaryCard summary={store.inspected} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {vi.actions.cancel}
            </Button>
            <Button color="red" onClick={() => void restore()}>
              {t.confirmButton}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
