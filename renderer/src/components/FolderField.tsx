import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useAppStore } from '../stores/app';
import { useFoldersStore } from '../stores/folders';
import { FolderBrowser } from './FolderBrowser';

/**
 * A folder the app writes to or reads from (USB for bundles, backups, the province's import):
 * typed, or chosen with "Chọn thư mục…" — the native dialog in the desktop app, the server-side
 * folder browser in the preview.
 */
export function FolderField(props: {
  label: string;
  value: string;
  onChange(folder: string): void;
  description?: string;
  placeholder?: string;
  w?: number;
  testId?: string;
}) {
  const desktop = useAppStore((s) => s.info?.runtime === 'electron');
  const pickNative = useFoldersStore((s) => s.pickNative);
  const [browsing, setBrowsing] = useState(false);
  const pick = () => {
    if (desktop) void pickNative().then((f) => f && props.onChange(f));
    else setBrowsing(true);
  };
  return (
    <Group align="end" wrap="wrap" data-testid={props.testId}>
      <TextInput
        label={props.label}
        description={props.description}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        w={props.w ?? 480}
        maw="100%"
      />
      <Button variant="default" onClick={pick}>
        {vi.folders.pick}
      </Button>
      {!desktop && (
        <FolderBrowser
          opened={browsing}
          start={props.value.trim() || undefined}
          onClose={() => setBrowsing(false)}
          onChoose={(f) => {
            props.onChange(f);
            setBrowsing(false);
          }}
        />
      )}
    </Group>
  );
}
