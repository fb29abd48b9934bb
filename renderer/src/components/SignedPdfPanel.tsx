import { useEffect } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { signedSummary } from '../../../shared/domain/signed-document';
import { useSignedPdfStore, type SignedOwner } from '../stores/signed-pdf';
import { FilePicker } from './FilePicker';

const t = vi.signedPdf;

/** A submitted report's (or a plan's) legal copy: the PDF signed with the agency's certificate, checked and kept. */
export function SignedPdfPanel({ kind, id }: SignedOwner) {
  const { info, busy, error, notice, load, attach, openFile } = useSignedPdfStore();
  useEffect(() => void load({ kind, id }), [kind, id, load]);
  const shown = info && info.ownerKind === kind && info.ownerId === id ? info : null;
  return (
    <Card withBorder data-testid="signed-pdf">
      <Stack gap="xs">
        <Title order={4}>{t.title}</Title>
        {shown ? (
          <>
            <Text fw={600} c="green.8" data-testid="signed-pdf-summary">
              {t.signed(signedSummary(shown))}
            </Text>
            <Text size="sm" c="dimmed">
              {shown.fileName} · {t.issuer(shown.signerIssuer)}
            </Text>
            <Button variant="default" w="fit-content" onClick={() => void openFile()}>
              {t.open}
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t.notAttached}
          </Text>
        )}
        <Text size="sm">{kind === 'report' ? t.hint : t.planHint}</Text>
        <Group>
          <Text size="sm" fw={500}>
            {shown ? t.attachAgain : t.attach}:
          </Text>
          <FilePicker label={t.pickerLabel} accept="application/pdf,.pdf" onFiles={(files) => files[0] && void attach(files[0])} />
          {busy && <Text size="sm">{t.checking}</Text>}
        </Group>
        {error && (
          <Alert color="red" data-testid="signed-pdf-error">
            {error}
          </Alert>
        )}
        {notice && <Alert color="green">{notice}</Alert>}
      </Stack>
    </Card>
  );
}
