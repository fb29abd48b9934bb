import { useEffect } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Code, Group, Modal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useFoldersStore } from '../stores/folders';

const t = vi.folders;

/**
 * The preview's "Chọn thư mục…": a folder browser served by `folders.list`, limited to the home
 * folder and the plugged-in drives (USB sticks first). Opens at `start` when it can.
 */
export function FolderBrowser({
  opened,
  start,
  onClose,
  onChoose,
}: {
  opened: boolean;
  start?: string;
  onClose(): void;
  onChoose(folder: string): void;
}) {
  const { listing, busy, error, open, clear } = useFoldersStore();
  useEffect(() => {
    if (!opened) return;
    clear();
    // A typed folder that cannot be opened here falls back to the list of roots.
    void (async () => {
      if (!(start && (await open(start)))) await open();
    })();
  }, [opened, start, open, clear]);

  const here = listing?.path ?? null;
  return (
    <Modal opened={opened} onClose={onClose} title={t.title} size="lg" data-testid="folder-browser">
      <Stack gap="sm">
        <Breadcrumbs separator="›" data-testid="folder-crumbs">
          <Anchor component="button" type="button" onClick={() => void open()}>
            {t.roots}
          </Anchor>
          {listing?.crumbs.map((c) => (
            <Anchor component="button" type="button" key={c.path} onClick={() => void open(c.path)}>
              {c.label}
            </Anchor>
          ))}
        </Breadcrumbs>
        {!here && (
          <Text size="sm" c="dimmed">
            {t.rootsHint}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <ScrollArea h={320} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Stack gap={0} data-testid="folder-list">
            {listing && here && (
              <UnstyledButton px="sm" py={6} onClick={() => void open(listing.parent ?? undefined)}>
                ⬆ {t.up}
              </UnstyledButton>
            )}
            {listing?.entries.map((e) => (
              <UnstyledButton key={e.path} px="sm" py={6} onClick={() => void open(e.path)} className="folder-row">
                <Text span fw={e.kind === 'folder' ? 400 : 600}>
                  {e.label}
                </Text>
              </UnstyledButton>
            ))}
            {listing && listing.entries.length === 0 && (
              <Text size="sm" c="dimmed" px="sm" py={6}>
                {here ? t.empty : t.noRoots}
              </Text>
            )}
          </Stack>
        </ScrollArea>
        {listing?.truncated && (
          <Text size="xs" c="dimmed">
            {t.truncated(listing.entries.length)}
          </Text>
        )}
        {here && (
          <Text size="sm">
            {t.chosen}: <Code data-testid="folder-current">{here}</Code>
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => void open(here ?? undefined)} loading={busy}>
            {t.reload}
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
            <Button disabled={!here || busy} onClick={() => here && onChoose(here)}>
              {t.choose}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
