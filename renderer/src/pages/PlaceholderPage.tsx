import { Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';

export function PlaceholderPage({ title, intro }: { title: string; intro: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Text>{intro}</Text>
      <Text c="dimmed">{vi.shell.comingSoon}</Text>
    </Stack>
  );
}
