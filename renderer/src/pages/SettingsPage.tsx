import { useState } from 'react';
import { Alert, Paper, Stack, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { CommuneForm } from '../components/CommuneForm';
import { ReportRulesForm } from '../components/ReportRulesForm';
import { ReportProfileForm } from '../components/ReportProfileForm';
import { BackupPanel } from '../components/BackupPanel';

export function SettingsPage() {
  const [saved, setSaved] = useState(false);
  return (
    <Stack maw={640}>
      <Title order={2}>{vi.settings.title}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{vi.settings.communeSection}</Title>
          {saved && <Alert color="green">{vi.settings.saved}</Alert>}
          <CommuneForm submitLabel={vi.actions.save} onSaved={() => setSaved(true)} />
        </Stack>
      </Paper>
      <Title order={3}>{vi.backup.title}</Title>
      <BackupPanel />
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{vi.reports.rules.title}</Title>
          <ReportRulesForm />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{vi.reportProfile.title}</Title>
          <ReportProfileForm />
        </Stack>
      </Paper>
    </Stack>
  );
}
