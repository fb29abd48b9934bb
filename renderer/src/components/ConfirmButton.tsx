import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { vi } from '../../../shared/strings/index';

/**
 * A button whose action asks first, in the app's own Vietnamese dialog: the browser's confirm()
 * shows its own title ("127.0.0.1 says", or the app's file name in Electron) and English buttons
 * on some systems, so it is banned by lint in the renderer.
 */
export function ConfirmButton({
  children,
  question,
  onConfirm,
  confirmLabel = vi.actions.confirm,
  ...button
}: ButtonProps & { children: ReactNode; question: string; onConfirm: () => void; confirmLabel?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {children}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={children} size="md">
          <Stack>
            <Text size="sm">{question}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {vi.actions.cancel}
              </Button>
              <Button
                color={button.color}
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
