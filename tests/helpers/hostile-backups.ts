import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { createBackup } from '../../db/backup/index';
import type { HostileCase } from './hostile';
import type { TestApp } from './hostile-targets';
import { tempDir } from './temp';

/**
 * Backups crafted by someone who knows the format: the manifest is rewritten after each
 * change, so every hash matches and only the content itself can give the backup away.
 * Each case is a path to restore from; every one must be refused with nothing changed.
 */
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function rewriteManifest(folder: string, extra: { path: string; file: string }[] = []): void {
  const mf = path.join(folder, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(mf, 'utf8')) as { files: { path: string; size: number; sha256: string }[] };
  for (const f of m.files) {
    const p = path.join(folder, ...f.path.split('/'));
    if (fs.existsSync(p) && fs.lstatSync(p).isFile()) Object.assign(f, { size: fs.statSync(p).size, sha256: sha(p) });
  }
  for (const e of extra) m.files.push({ path: e.path, size: fs.statSync(e.file).size, sha256: sha(e.file) });
  fs.writeFileSync(mf, JSON.stringify(m));
}

/** The schema attacks: SQL run on the backup's database before the manifest is re-signed. */
const SCHEMA_ATTACKS: [string, string][] = [
  [
    'AFTER INSERT trigger that deletes every other activity',
    `CREATE TRIGGER wipe AFTER INSERT ON activities BEGIN DELETE FROM activities WHERE id <> new.id; END`,
  ],
  [
    'only 4 of the tables',
    `DROP TABLE IF EXISTS reports; DROP TABLE IF EXISTS bundles; DROP TABLE IF EXISTS plan_tasks; DROP TABLE IF EXISTS units`,
  ],
  ['an extra view over settings', `CREATE VIEW spy AS SELECT * FROM settings`],
  ['an extra column in activities', `ALTER TABLE activities ADD COLUMN payload TEXT`],
  [
    'the FTS update trigger replaced',
    `DROP TRIGGER activities_fts_au; CREATE TRIGGER activities_fts_au AFTER UPDATE ON activities BEGIN DELETE FROM plans; END`,
  ],
  ['an extra index', `CREATE INDEX spy_idx ON activities(note)`],
  ['an extra table', `CREATE TABLE stash (x BLOB)`],
  ['a user_version no migration produces', `PRAGMA user_version = 2`],
  [
    'a trigger on settings that rewrites the commune',
    `CREATE TRIGGER s AFTER UPDATE ON settings BEGIN UPDATE settings SET value = '{}' ; END`,
  ],
];

export async function hostileBackups(app: TestApp): Promise<HostileCase<string>[]> {
  const usb = tempDir('cchc-hostile-usb-');
  const fresh = async () =>
    (await createBackup(app.ctx.sqlite, { dataDir: app.dataDir, reason: 'manual', appVersion: 'test', parentDir: usb })).path;
  const cases: HostileCase<string>[] = [];
  for (const [label, sql] of SCHEMA_ATTACKS) {
    const folder = await fresh();
    const db = new BetterSqlite3(path.join(folder, 'cchc.sqlite'));
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
    db.close();
    rewriteManifest(folder);
    cases.push({ label: `backup with ${label}`, input: folder });
    // The same database as a bare .sqlite file (no manifest at all).
    const bare = path.join(tempDir('cchc-hostile-bare-'), 'cchc.sqlite');
    fs.copyFileSync(path.join(folder, 'cchc.sqlite'), bare);
    cases.push({ label: `bare database with ${label}`, input: bare });
  }
  {
    const folder = await fresh();
    const ev = path.join(folder, 'evidence', 'ee');
    fs.mkdirSync(ev, { recursive: true });
    fs.writeFileSync(path.join(ev, 'ee'.padEnd(64, '1')), 'not listed in the manifest');
    cases.push({ label: 'evidence file not listed in the manifest', input: folder });
  }
  {
    const folder = await fresh();
    const ev = path.join(folder, 'evidence', 'ff');
    fs.mkdirSync(ev, { recursive: true });
    const f = path.join(ev, 'ff'.padEnd(64, '2'));
    fs.writeFileSync(f, 'listed, then changed');
    rewriteManifest(folder, [{ path: `evidence/ff/${path.basename(f)}`, file: f }]);
    fs.writeFileSync(f, 'listed, then CHANGED');
    cases.push({ label: 'evidence file whose hash does not match', input: folder });
  }
  {
    const folder = await fresh();
    const ev = path.join(folder, 'evidence', 'aa');
    fs.mkdirSync(ev, { recursive: true });
    const target = path.join(tempDir('cchc-secret-'), 'secret.txt');
    fs.writeFileSync(target, 'secret');
    rewriteManifest(folder, [{ path: `evidence/aa/${'aa'.padEnd(64, '3')}`, file: target }]);
    fs.symlinkSync(target, path.join(ev, 'aa'.padEnd(64, '3')));
    cases.push({ label: 'evidence entry that is a symlink out of the backup', input: folder });
  }
  // Not files at all: a FIFO (reading it would block forever), a device, symlinks to one.
  const odd = tempDir('cchc-hostile-odd-');
  execFileSync('mkfifo', [path.join(odd, 'cchc.sqlite')]);
  cases.push({ label: 'a FIFO named cchc.sqlite', input: path.join(odd, 'cchc.sqlite') });
  cases.push({ label: 'a character device', input: '/dev/zero' });
  fs.symlinkSync('/dev/zero', path.join(odd, 'zero.sqlite'));
  cases.push({ label: 'a symlink to /dev/zero', input: path.join(odd, 'zero.sqlite') });
  {
    const folder = await fresh();
    fs.rmSync(path.join(folder, 'cchc.sqlite'));
    fs.symlinkSync('/dev/zero', path.join(folder, 'cchc.sqlite'));
    cases.push({ label: 'backup folder whose cchc.sqlite is a symlink to /dev/zero', input: folder });
  }
  {
    const folder = await fresh();
    fs.rmSync(path.join(folder, 'manifest.json'));
    execFileSync('mkfifo', [path.join(folder, 'manifest.json')]);
    cases.push({ label: 'backup folder whose manifest.json is a FIFO', input: folder });
  }
  return cases;
}
