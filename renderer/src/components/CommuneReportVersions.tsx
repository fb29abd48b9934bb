import { useEffect } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useProvinceDocsStore } from '../stores/province-docs';
import { navigate } from '../router';
import { formatVersionLabel } from '../../../shared/format';

const D = vi.provinceDocs.drill;

/** Drill-down: the commune's submitted versions, each opening the print view of its snapshot. */
export function CommuneReportVersions({ communeCode, period }: { communeCode: string; period: string }) {
  const { communeDoc, error, loadCommuneDoc } = useProvinceDocsStore();
  useEffect(() => void loadCommuneDoc(communeCode, period, null), [communeCode, period, loadCommuneDoc]);
  if (error) return <Text c="red">{error}</Text>;
  if (!communeDoc || communeDoc.communeCode !== communeCode || communeDoc.periodKey !== period) return null;
  const open = (v: number) => navigate(`/print/province-report/${encodeURIComponent(`${communeCode}~${period}~${v}`)}`);
  return (
    <Stack gap="xs" data-testid="commune-report-versions">
      <Text size="sm" c="dimmed">
        {D.hint}
      </Text>
      <Text fw={600}>{communeDoc.printable.doc.title}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
        {communeDoc.printable.doc.sections.results}
      </Text>
      <Text fw={600}>{D.versions}</Text>
      {[...communeDoc.versions].reverse().map((v) => (
        <Group key={v.version}>
          <Text size="sm">
            {formatVersionLabel(v.version, v.submittedAt)}
            {v.version === communeDoc.version ? ` (${D.latest})` : ''}
          </Text>
          <Button size="xs" variant="light" onClick={() => open(v.version)}>
            {D.view}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
