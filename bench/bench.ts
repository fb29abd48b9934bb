import fs from 'node:fs';
import path from 'node:path';
import { renderTable, type BenchRow, type BenchSuite } from './harness';
import { insertSuite } from './suites/insert';
import { bundlesSuite } from './suites/bundles';
import { activitiesSuite } from './suites/activities';
import { planExportsSuite } from './suites/plan-exports';
import { reportsSuite } from './suites/reports';
import { browserListSuite } from './suites/browser-list';
import { importResponsiveSuite } from './suites/import-responsive';
import { hostWorkerSuite } from './suites/host-worker';

/** Every benchmark of the project; each suite measures its own raw baseline in the same run. */
const SUITES: BenchSuite[] = [
  insertSuite,
  bundlesSuite,
  importResponsiveSuite,
  activitiesSuite,
  planExportsSuite,
  reportsSuite,
  browserListSuite,
  hostWorkerSuite,
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const suite of SUITES) {
    if (only.length && !only.includes(suite.name)) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    rows.push(...(await suite.run()));
  }
  console.log(renderTable(rows));
  const out = path.join(process.cwd(), 'bench', 'results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
  console.log(`\n${rows.filter((r) => r.pass).length}/${rows.length} targets met · ${out}`);
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}

void main();
