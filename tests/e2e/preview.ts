import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A real preview server (the built one that `npm start` runs) on its own data folder. */
export interface PreviewProcess {
  /** The one-time URL the start command prints: opens the app in one browser context (then spent). */
  url: string;
  /** The server's address (`/api/…` calls with the token header; `/` alone shows how to open the app). */
  origin: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-'));
}

/** A new data folder gets the small demo unless `demo: 'year'` (every older spec counts on the small one). */
export async function startPreviewProcess(
  opts: { dataDir?: string; empty?: boolean; demo?: 'basic' | 'year'; args?: string[]; env?: Record<string, string> } = {},
): Promise<PreviewProcess> {
  const dataDir = opts.dataDir ?? newDataDir();
  const args = [
    'dist/preview/server.cjs',
    '--data-dir',
    dataDir,
    '--port',
    '0',
    '--demo',
    opts.demo ?? 'basic',
    ...(opts.empty ? ['--empty'] : []),
    ...(opts.args ?? []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      const m = /CCHC_PREVIEW_URL=(\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]!);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${out}`));
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    url,
    origin: `${new URL(url).origin}/`,
    dataDir,
    output: () => out,
    // One promise for every caller: a second stop() after the child was SIGKILLed (exitCode null, signalCode set)
    // would otherwise wait for an 'exit' that already happened.
    stop: () => (stopping ??= stopChild(child, () => out)),
  };
}

/** SIGTERM lets the server finish a running backup; after 15 s it is killed. */
function stopChild(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => {
      // Said in the CI log: a server that does not stop on SIGTERM is a fault of its own to look into.
      console.error(`preview ${child.pid} did not stop within 15 s of SIGTERM; killed. Its output:\n${output().slice(-2000)}`);
      child.kill('SIGKILL');
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
