import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { errorMessage } from '../bridge';
import { clearDemoData } from '../stores/first-steps';
import { useAppStore } from '../stores/app';
import { navigate } from '../router';

const t = vi.demo;

/** On every screen while the data is the demo's: says so, and offers to clear it. */
export function DemoBanner() {
  const load = useAppStore((s) => s.load);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Paper role="note" p="xs" mb="sm" bg="orange.0" withBorder data-testid="demo-banner">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm">{t.banner}</Text>
          <Button size="xs" color="red" variant="light" onClick={() => setConfirm(true)}>
            {t.clear}
          </Button>
        </Group>
      </Paper>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t.confirmTitle}>
        <Stack>
          <Text size="sm">{t.confirmBody}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {vi.actions.cancel}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await clearDemoData();
                  navigate('/dashboard');
                  await load();
                } catch (e) {
                  setError(errorMessage(e));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t.confirmButton}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
