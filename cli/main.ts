import { runCli } from './run';
import { printable } from './printable';
import { ttyProgress } from '../shared/progress-line';
import { isAppError } from '../shared/errors';
import { common } from '../shared/strings/common';

/** Runs the CLI in this process: lines to stdout, a failure's Vietnamese message to stderr. */
export function main(argv: string[], appVersion: string): void {
  runCli(argv, (line) => process.stdout.write(`${line}\n`), appVersion, ttyProgress(process.stdout)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(
        `${printable(isAppError(e) ? e.message : e instanceof Error && /[À-ỹ]/.test(e.message) ? e.message : common.errors.internal)}\n`,
      );
      process.exit(1);
    },
  );
}
