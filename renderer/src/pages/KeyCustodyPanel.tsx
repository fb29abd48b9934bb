import { useState } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { keyCustodyUi as k } from '../../../shared/strings/key-custody';
import { useBundlesStore } from '../stores/bundles';
import { FolderField } from '../components/FolderField';
import { ConfirmButton } from '../components/ConfirmButton';

/** Gửi tỉnh → "Giữ khoá an toàn": back up the private key to a USB, restore it, or replace a lost one. */
export function KeyCustodyPanel() {
  const { busy, backupKey, restoreKey, replaceLostKey } = useBundlesStore();
  const [folder, setFolder] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [file, setFile] = useState('');
  const [restorePass, setRestorePass] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const mismatch = again !== '' && pass !== again;
  const show = (m: string | null) => setDone(m);
  return (
    <Paper withBorder p="md" data-testid="key-custody">
      <Stack>
        <Title order={4}>{k.title}</Title>
        <Text size="sm">{k.intro}</Text>
        {done && <Alert color="green">{done}</Alert>}
        <FolderField label={k.folder} value={folder} onChange={setFolder} w={360} />
        <Group align="start">
          <PasswordInput label={k.passphrase} value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={260} />
          <PasswordInput
            label={k.passphraseAgain}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            w={260}
            error={mismatch ? k.passphraseMismatch : undefined}
          />
        </Group>
        <Group>
          <Button disabled={busy || !folder.trim() || !pass || pass !== again} onClick={() => void backupKey(folder, pass).then(show)}>
            {k.backup}
          </Button>
        </Group>
        <Group align="end">
          <TextInput label={k.restoreFile} value={file} onChange={(e) => setFile(e.currentTarget.value)} w={360} />
          <PasswordInput label={k.passphrase} value={restorePass} onChange={(e) => setRestorePass(e.currentTarget.value)} w={260} />
          <Button
            variant="light"
            disabled={busy || !file.trim() || !restorePass}
            onClick={() => void restoreKey(file, restorePass).then(show)}
          >
            {k.restore}
          </Button>
        </Group>
        <Text fw={600}>{k.lostTitle}</Text>
        <Text size="sm" c="dimmed">
          {k.lostIntro}
        </Text>
        <Group>
          <ConfirmButton
            variant="subtle"
            color="red"
            disabled={busy}
            question={k.replaceConfirm}
            onConfirm={() => void replaceLostKey().then(show)}
          >
            {k.replace}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}
