import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { CommuneForm } from '../components/CommuneForm';

export function SetupPage() {
  return (
    <Center mih="100%" p="md">
      <Paper withBorder p="xl" maw={640} w="100%">
        <Stack>
          <Title order={2}>{vi.settings.setupTitle}</Title>
          <Text>{vi.settings.setupIntro}</Text>
          <CommuneForm submitLabel={vi.settings.start} />
        </Stack>
      </Paper>
    </Center>
  );
}
