// npm run docs:screenshots — build if needed, then drive the preview through the user guide's
// steps (tests/e2e/guide-steps.ts) and write docs/images/*.png.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const built = ['dist/preview/server.cjs', 'dist/worker/host-worker.cjs', 'dist/renderer/index.html'].every((f) => fs.existsSync(f));
if (!built || process.argv.includes('--build')) run('npm', ['run', 'build']);
run('npx', ['playwright', 'test', '--config', 'tests/docs/playwright.config.ts']);
