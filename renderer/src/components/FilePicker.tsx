import { useRef, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';

/**
 * A file chooser that speaks Vietnamese: the browser's own <input type="file"> draws
 * "Choose Files / No file chosen" in the system language, so it stays hidden behind a button.
 */
export function FilePicker(props: {
  label: string;
  accept?: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  const t = vi.filePicker;
  return (
    <Group gap="sm" wrap="wrap">
      <Button variant="default" onClick={() => input.current?.click()}>
        {props.multiple ? t.chooseMany : t.chooseOne}
      </Button>
      <Text size="sm" c={names.length ? undefined : 'dimmed'} data-testid={props.testId}>
        {names.length === 0 ? t.none : names.length === 1 ? names[0] : t.many(names.length, names.join(', '))}
      </Text>
      <input
        ref={input}
        type="file"
        hidden
        multiple={props.multiple}
        accept={props.accept}
        aria-label={props.label}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          setNames(files.map((f) => f.name));
          props.onFiles(files);
        }}
      />
    </Group>
  );
}
