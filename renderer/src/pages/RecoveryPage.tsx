import { useState } from 'react';
import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import type { RecoveryInfo } from '../../../shared/domain/backup';
import { useBackupStore } from '../stores/backup';
import { useAppStore } from '../stores/app';
import { BackupPanel } from '../components/BackupPanel';
import { formatDateTime } from '../components/backupFormat';

/** Shown instead of the app when the database could not be opened; nothing is overwritten. */
export function RecoveryPage({ recovery }: { recovery: RecoveryInfo }) {
  const t = vi.backup.recovery;
  const { restore, inspect, busy, error } = useBackupStore();
  const load = useAppStore((s) => s.load);
  const [asked, setAsked] = useState(false);
  const latest = recovery.latestBackup;

  const restoreLatest = async () => {
    if (!latest) return;
    const source = { name: latest.name };
    await inspect(source);
    const summary = useBackupStore.getState().inspected;
    if (summary && (await restore(summary, source))) await load();
  };

  return (
    <Container size="md" py="xl">
      <Stack>
        <Title order={2}>{t.title}</Title>
        <Alert color="red">
          <Text>{t.body}</Text>
          <Text size="sm" mt="xs">
            {recovery.message}
          </Text>
        </Alert>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t.latest}</Title>
            {latest ? (
              <>
                <Text data-testid="latest-backup">
                  {formatDateTime(latest.createdAt)} · {vi.backup.reasons[latest.reason]} · {latest.commune ?? vi.backup.summary.unknown} ·{' '}
                  {vi.backup.summary.activityCount(latest.activities)}
                </Text>
                {!asked ? (
                  <Button color="red" onClick={() => setAsked(true)}>
                    {t.restoreLatest}
                  </Button>
                ) : (
                  <Stack>
                    <Text>{vi.backup.confirmBody}</Text>
                    <Text>{vi.backup.recoveryKeepsSent}</Text>
                    <Button color="red" loading={busy} onClick={() => void restoreLatest()}>
                      {vi.backup.confirmButton}
                    </Button>
                  </Stack>
                )}
              </>
            ) : (
              <Text>{t.noBackup}</Text>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </Paper>
        <BackupPanel recovery />
      </Stack>
    </Container>
  );
}
