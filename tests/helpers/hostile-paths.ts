import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { tempDir } from './temp';
import type { Envelope } from '../../shared/envelope';
import type { TestApp } from './hostile-targets';

/**
 * Hostile paths (issue 14 §9): what a path channel or a CLI argument may be pointed at. Each
 * must be refused at once, in Vietnamese, with nothing changed — never read, never waited on.
 */
export interface HostilePath {
  label: string;
  /** The path handed to the channel. */
  path: string;
  /** Call after the case: stops any helper process (the FIFO's late writer). */
  done(): void;
}

export interface PathCorpusOptions {
  /** A regular file just above the channel's size limit is made (sparse: nothing is written). */
  oversizeBytes: number;
  /** Name the hostile entries with this extension (.cchc, .cchc-key.json…). */
  ext: string;
  /** When a FIFO's late writer releases a reader that blocked on it (default 3 s). */
  releaseMs?: number;
}

/**
 * A FIFO with a late writer: if the code under test opens it (and blocks), the writer opens it
 * after `releaseMs` and closes it, so the case ends as a slow failure instead of hanging the suite.
 */
function fifoWithLateWriter(file: string, releaseMs: number): ChildProcess {
  execFileSync('mkfifo', [file]);
  const child = spawn('sh', ['-c', `sleep ${releaseMs / 1000}; : > "$1"`, 'sh', file], { stdio: 'ignore', detached: false });
  child.unref();
  return child;
}

export function hostilePathCorpus(opts: PathCorpusOptions): HostilePath[] {
  const dir = tempDir('cchc-hostile-path-');
  const at = (name: string) => path.join(dir, `${name}${opts.ext}`);
  const cases: HostilePath[] = [];
  const plain = (label: string, p: string) => cases.push({ label, path: p, done: () => undefined });

  const fifo = at('ong-fifo');
  const writer = fifoWithLateWriter(fifo, opts.releaseMs ?? 3000);
  cases.push({ label: 'FIFO', path: fifo, done: () => writer.kill('SIGKILL') });
  const fifo2 = at('ong-fifo-2');
  const writer2 = fifoWithLateWriter(fifo2, opts.releaseMs ?? 3000);
  const linkFifo = at('lien-ket-fifo');
  fs.symlinkSync(fifo2, linkFifo);
  cases.push({ label: 'symlink to a FIFO', path: linkFifo, done: () => writer2.kill('SIGKILL') });
  plain('/dev/zero', '/dev/zero');
  plain('/dev/urandom', '/dev/urandom');
  const linkZero = at('lien-ket-zero');
  fs.symlinkSync('/dev/zero', linkZero);
  plain('symlink to /dev/zero', linkZero);
  const folder = at('thu-muc');
  fs.mkdirSync(folder);
  plain('a directory', folder);
  const big = at('qua-lon');
  const fd = fs.openSync(big, 'w');
  fs.ftruncateSync(fd, opts.oversizeBytes);
  fs.closeSync(fd);
  plain(`an oversized file (${opts.oversizeBytes} bytes)`, big);
  const linkBig = at('lien-ket-qua-lon');
  fs.symlinkSync(big, linkBig);
  plain('symlink to an oversized file', linkBig);
  plain('a missing file', at('khong-co'));
  plain('a dangling symlink', (fs.symlinkSync(path.join(dir, 'nowhere'), at('lien-ket-hong')), at('lien-ket-hong')));
  return cases;
}

/** A path channel (or a CLI command) under attack by the corpus. */
export interface PathTarget {
  name: string;
  oversizeBytes: number;
  ext: string;
  /** Feeds one path; an ImportLine-style "refused" result comes back as an error envelope. */
  feed(app: TestApp, p: string): Promise<Envelope<unknown>>;
}
