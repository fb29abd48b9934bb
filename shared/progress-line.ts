import { truncateText } from './text';

/**
 * The CLI's progress line: one line on a terminal, rewritten in place with \r and wiped before
 * the next ordinary line. Only on a TTY: a pipe or a log file gets the ordinary lines alone,
 * never a stream of carriage returns.
 */
export interface ProgressLine {
  update(text: string): void;
  clear(): void;
}

/** What the line writes to: process.stdout in the CLIs (shared/ stays free of Node). */
export interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export function ttyProgress(stream: Terminal): ProgressLine | null {
  if (!stream.isTTY) return null;
  let shown = 0;
  return {
    update(text) {
      // Shorter than the terminal, so the line never wraps (a wrapped line cannot be rewritten by \r).
      const line = truncateText(text, Math.max(10, (stream.columns || 80) - 1));
      stream.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`);
      shown = line.length;
    },
    clear() {
      if (shown) stream.write(`\r${' '.repeat(shown)}\r`);
      shown = 0;
    },
  };
}
