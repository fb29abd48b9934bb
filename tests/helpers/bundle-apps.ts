import fs from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openTestApp } from './app';
import { tempDir } from './temp';
import { addKeyCard } from '../../db/services/province-keys';
import { buildScript } from './build-script';

export type App = Awaited<ReturnType<typeof openTestApp>>;

/**
 * Apps for a bundle test file, all closed after the file's last test (not after each: a
 * describe's beforeAll shares one commune and one province across its tests).
 */
export function bundleApps() {
  const apps: App[] = [];
  afterAll(async () => {
    for (const a of apps) await a.close();
  });
  async function app(demo = false): Promise<App> {
    const a = await openTestApp({ demo });
    apps.push(a);
    return a;
  }
  /** A province database that trusts the given key cards, added the way an officer would. */
  async function provinceTrusting(...cards: unknown[]): Promise<App> {
    const p = await app();
    for (const c of cards) await addKeyCard(p.ctx, { path: writeCard(tempDir(), c) });
    return p;
  }
  return { app, provinceTrusting };
}

export function writeCard(dir: string, card: unknown): string {
  const f = path.join(dir, 'the-khoa.cchc-key.json');
  fs.writeFileSync(f, JSON.stringify(card));
  return f;
}

/** The import worker as the build makes it (dist/worker/import-worker.cjs), built here from source. */
export function buildWorker(): Promise<string> {
  return buildWorkerEntry('import-worker');
}

/** The import writer thread (dist/worker/import-writer.cjs), built here from source. */
export function buildWriter(): Promise<string> {
  return buildWorkerEntry('import-writer');
}

async function buildWorkerEntry(name: 'import-worker' | 'import-writer'): Promise<string> {
  const outfile = path.join(tempDir('cchc-worker-'), `${name}.cjs`);
  await buildScript(path.join(__dirname, `../../db/services/${name}.ts`), outfile, { linkModules: true });
  return outfile;
}
