import { ActionIcon } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { rowTooltip, type RowCommand } from './annex-shortcuts';

const t = vi.plans;

/** The buttons of a row, in the order they sit (three rows of two, so the grid fits 1024 px). */
const BUTTONS: { command: Exclude<RowCommand, 'insertAbove'>; glyph: string; color?: string }[] = [
  { command: 'addBelow', glyph: '+' },
  { command: 'duplicate', glyph: '2×' },
  { command: 'moveUp', glyph: '↑' },
  { command: 'moveDown', glyph: '↓' },
  { command: 'details', glyph: '⋯' },
  { command: 'remove', glyph: '✕', color: 'red' },
];

/**
 * Each button is named for screen readers ("Nhân đôi – nhiệm vụ 2") and has a tooltip with its
 * shortcut ("Nhân đôi (Ctrl+D)"). Out of the Tab order: Tab walks the cells, keys do the rest.
 */
export function AnnexRowActions({ rowLabel, open, run }: { rowLabel: string; open: boolean; run(c: RowCommand): void }) {
  return (
    <div className="annex-row-actions">
      {BUTTONS.map((b) => (
        <ActionIcon
          key={b.command}
          size="sm"
          variant={b.command === 'details' && open ? 'light' : 'subtle'}
          color={b.color}
          tabIndex={-1}
          aria-label={t.rowActionLabel(t.rowAction[b.command], rowLabel)}
          aria-expanded={b.command === 'details' ? open : undefined}
          title={rowTooltip(b.command)}
          onClick={() => run(b.command)}
        >
          {b.glyph}
        </ActionIcon>
      ))}
    </div>
  );
}
