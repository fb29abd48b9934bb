import { nodeVersionProblem } from './node-version';

declare const __APP_VERSION__: string;

/**
 * Entry of the `cchc` bin (dist/cli/cchc.cjs). The Node version is checked before anything
 * loads better-sqlite3 (its native module crashes an older Node): the commands are loaded after.
 */
const tooOld = nodeVersionProblem(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(1);
}

void import('./main').then(({ main }) => main(process.argv.slice(2), __APP_VERSION__));
