import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import type { EvidenceItem } from '../../../shared/domain/activity';
import { errorMessage } from '../bridge';
import { evidenceActions } from '../stores/evidence';
import { deliverFile } from '../download';
import { formatNumber } from '../../../shared/format';

const t = vi.evidence;

function Thumb({ item }: { item: EvidenceItem }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!item.hasThumbnail) return;
    let live = true;
    void evidenceActions.thumbnail(item.sha256).then(
      (r) => live && r.base64 && setSrc(`data:image/jpeg;base64,${r.base64}`),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [item]);
  return src ? (
    <Image src={src} alt={item.name} w={64} h={64} fit="cover" radius="sm" />
  ) : (
    <Badge variant="light" w={64}>
      {t.types[item.type]}
    </Badge>
  );
}

/** The files attached to an activity: thumbnails, open, show in folder, detach. */
export function EvidencePanel({ activityId }: { activityId: string }) {
  const [items, setItems] = useState<EvidenceItem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    evidenceActions.list(activityId).then(
      (list) => live && setItems(list),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [activityId, version]);

  async function open(item: EvidenceItem) {
    try {
      const r = await evidenceActions.open(item.sha256);
      if (!r.opened && r.file) {
        const bytes = Uint8Array.from(atob(r.file.base64), (c) => c.charCodeAt(0));
        // Viewable types open in a new tab; if the browser blocks it (or cannot show it), download.
        const shown =
          /^(image|audio)\/|^application\/pdf$/.test(r.file.mime) &&
          window.open(URL.createObjectURL(new Blob([bytes], { type: r.file.mime })), '_blank');
        if (!shown) deliverFile(r.file);
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function reveal(item: EvidenceItem) {
    try {
      const r = await evidenceActions.reveal(item.sha256);
      setNote(t.revealedAt(r.path));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function remove(item: EvidenceItem) {
    try {
      await evidenceActions.remove(activityId, item.sha256);
      load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Paper withBorder p="xs" data-testid="evidence-panel">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t.title}
        </Text>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t.none}
          </Text>
        )}
        {items.map((item) => (
          <Group key={item.sha256} gap="sm" wrap="nowrap">
            <Thumb item={item} />
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" truncate>
                {item.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t.types[item.type]} · {formatNumber(item.size / 1024, 0)} KB
              </Text>
            </Stack>
            <Button size="xs" variant="light" onClick={() => void open(item)}>
              {t.open}
            </Button>
            <Button size="xs" variant="default" onClick={() => void reveal(item)}>
              {t.reveal}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => void remove(item)}>
              {t.remove}
            </Button>
          </Group>
        ))}
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        {error && <Alert color="red">{error}</Alert>}
      </Stack>
    </Paper>
  );
}
