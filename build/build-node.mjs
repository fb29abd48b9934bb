// Bundles the Node-side entry points (Electron main/preload, preview server, CLI, bench).
// Dependencies stay external: they ship in node_modules (asar) and better-sqlite3 is native.
import { build } from 'esbuild';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = [
  ['electron/main.ts', 'dist/electron/main.cjs'],
  ['electron/preload.ts', 'dist/electron/preload.cjs'],
  ['preview/main.ts', 'dist/preview/server.cjs'],
  // The database and services run in this worker thread under Electron main and the preview.
  ['db/host-worker.ts', 'dist/worker/host-worker.cjs'],
];
for (const [optional, out] of [
  ['cli/cchc.ts', 'dist/cli/cchc.cjs'],
  ['bench/bench.ts', 'dist/bench/bench.cjs'],
  ['db/services/import-worker.ts', 'dist/worker/import-worker.cjs'],
  ['db/services/import-writer.ts', 'dist/worker/import-writer.cjs'],
  ['db/demo/cli.ts', 'dist/demo/demo.cjs'],
]) {
  if (fs.existsSync(optional)) entries.push([optional, out]);
}

await Promise.all(
  entries.map(([entry, outfile]) =>
    build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
      define: { __APP_VERSION__: JSON.stringify(pkg.version) },
      banner: outfile.startsWith('dist/cli/') ? { js: '#!/usr/bin/env node' } : undefined,
    }),
  ),
);
console.log(`built ${entries.map(([, o]) => o).join(', ')}`);
