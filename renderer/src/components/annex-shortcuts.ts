import { vi } from '../../../shared/strings/index';

/** What a row button or key does in the phụ lục grid. */
export type RowCommand = 'addBelow' | 'insertAbove' | 'duplicate' | 'moveUp' | 'moveDown' | 'details' | 'remove';

/**
 * The one table of shortcuts: the grid's key handler matches these strings and the buttons'
 * tooltips and the help line print them, so a shortcut shown is a shortcut that works.
 */
export const ROW_KEYS: Record<RowCommand, string> = {
  addBelow: 'Ctrl+Enter',
  insertAbove: 'Ctrl+Shift+Enter',
  duplicate: 'Ctrl+D',
  moveUp: 'Alt+↑',
  moveDown: 'Alt+↓',
  details: 'Ctrl+I',
  remove: 'Ctrl+Delete',
};

const KEY_NAMES: Record<string, string> = { '↑': 'arrowup', '↓': 'arrowdown' };

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key event is the combination written as "Ctrl+Shift+Enter" (Cmd counts as Ctrl). */
export function matchesKeys(combo: string, e: KeyLike): boolean {
  const parts = combo.split('+');
  const key = parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1));
  return (
    mods.has('Ctrl') === (e.ctrlKey || e.metaKey) &&
    mods.has('Shift') === e.shiftKey &&
    mods.has('Alt') === e.altKey &&
    e.key.toLowerCase() === (KEY_NAMES[key] ?? key.toLowerCase())
  );
}

/** The row command a key event asks for, if any. */
export function rowCommandFor(e: KeyLike): RowCommand | null {
  for (const [command, combo] of Object.entries(ROW_KEYS)) if (matchesKeys(combo, e)) return command as RowCommand;
  return null;
}

/** A button's tooltip: its name and its shortcut, "Nhân đôi (Ctrl+D)". */
export const rowTooltip = (c: RowCommand) => vi.plans.withKeys(vi.plans.rowAction[c], ROW_KEYS[c]);

/** The help line above the grid, built from the same table. */
export function keyboardHelpText(): string {
  const t = vi.plans;
  const items = (Object.keys(ROW_KEYS) as RowCommand[]).map((c) => t.keyboardItem(ROW_KEYS[c], t.rowAction[c]));
  return t.keyboardHelp([...items, t.keyboardItem(t.undoKeys, t.undo)].join(' · '));
}
