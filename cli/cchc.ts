import { runCli } from './run';
import { isAppError } from '../shared/errors';
import { common } from '../shared/strings/common';

declare const __APP_VERSION__: string;

/** Entry of the `cchc` bin (dist/cli/cchc.cjs). */
runCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`), __APP_VERSION__).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${isAppError(e) ? e.message : e instanceof Error && /[À-ỹ]/.test(e.message) ? e.message : common.errors.internal}\n`);
    process.exit(1);
  },
);
