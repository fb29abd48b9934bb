import { useEffect } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { signedSummary } from '../../../shared/domain/signed-document';
import { useProvinceSignedStore } from '../stores/province-signed';

const t = vi.signedPdf;

/** "Đã ký số: <người ký>, <thời gian>" on a commune's report, with the PDF itself to open or save. */
export function ProvinceSignedPdf({ communeCode, reportId }: { communeCode: string; reportId: string }) {
  const { key, doc, error, load, openFile } = useProvinceSignedStore();
  useEffect(() => void load(communeCode, reportId), [communeCode, reportId, load]);
  if (key !== `${communeCode}~${reportId}`) return null;
  if (error) return <Alert color="red">{error}</Alert>;
  if (!doc)
    return (
      <Text size="sm" c="dimmed" data-testid="province-signed-pdf">
        {t.provinceNone}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="province-signed-pdf">
      {doc.verified ? (
        <Text fw={600} c="green.8">
          {t.signed(signedSummary(doc))}
        </Text>
      ) : (
        <Alert color="red">{t.provinceRefused(doc.reason ?? '')}</Alert>
      )}
      {doc.verified && (
        <Text size="sm" c="dimmed">
          {t.issuer(doc.signerIssuer)} · {t.provinceChecked}
        </Text>
      )}
      <Group>
        <Text size="sm">{doc.fileName}</Text>
        <Button size="xs" variant="light" onClick={() => void openFile(communeCode, reportId)}>
          {t.open}
        </Button>
      </Group>
    </Stack>
  );
}
