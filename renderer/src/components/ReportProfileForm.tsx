import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, FileButton, Group, Select, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useReportProfileStore } from '../stores/report-profile';
import { REPORT_KINDS, type ReportKind } from '../../../shared/domain/period';
import { OUTLINE_PRESETS } from '../../../shared/domain/report-outline';
import type { ReportProfile } from '../../../shared/domain/report-profile';

const t = vi.reportProfile;

/** Cài đặt → which report kinds the province wants and its đề cương; import the province's file. */
export function ReportProfileForm() {
  const { profile, load } = useReportProfileStore();
  useEffect(() => void load(), [load]);
  return profile ? <ProfileEditor key={JSON.stringify(profile)} initial={profile} /> : null;
}

function ProfileEditor({ initial }: { initial: ReportProfile }) {
  const { save, importFile, exportFile, busy, error, notice } = useReportProfileStore();
  const [kinds, setKinds] = useState<string[]>(initial.kinds);
  const [outlineId, setOutlineId] = useState(initial.outline.id);
  const outlines = OUTLINE_PRESETS.some((o) => o.id === initial.outline.id) ? OUTLINE_PRESETS : [initial.outline, ...OUTLINE_PRESETS];
  const src = initial.source;
  return (
    <Stack data-testid="report-profile">
      <Text size="sm">{t.intro}</Text>
      <Text size="xs" c="dimmed" data-testid="report-profile-source">
        {src ? t.sourceFile(src.province, src.issuedOn, src.keyFingerprint) : t.sourceManual}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {notice && <Alert color="green">{notice}</Alert>}
      <Checkbox.Group label={t.kinds} value={kinds} onChange={setKinds}>
        <Group mt={4}>
          {REPORT_KINDS.map((k) => (
            <Checkbox key={k} value={k} label={vi.reports.kindLabels[k]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Select
        label={t.outline}
        allowDeselect={false}
        value={outlineId}
        data={outlines.map((o) => ({ value: o.id, label: o.name || o.id }))}
        onChange={(v) => v && setOutlineId(v)}
      />
      <Group>
        <Button
          loading={busy}
          disabled={kinds.length === 0}
          onClick={() =>
            void save({ kinds: kinds as ReportKind[], outline: outlines.find((o) => o.id === outlineId) ?? initial.outline, source: null })
          }
        >
          {t.save}
        </Button>
        <FileButton accept=".json,application/json" onChange={(f) => f && void importFile(f)}>
          {(props) => (
            <Button variant="default" {...props}>
              {t.importFile}
            </Button>
          )}
        </FileButton>
        <Button variant="subtle" onClick={() => void exportFile()}>
          {t.exportFile}
        </Button>
      </Group>
      {kinds.length === 0 && (
        <Text size="xs" c="red">
          {t.needOneKind}
        </Text>
      )}
    </Stack>
  );
}
