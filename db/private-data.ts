import fs from 'node:fs';
import path from 'node:path';

/**
 * The officer's data folder is theirs alone: the preview and the CLI create every file 0600
 * and every folder 0700 (umask), and a folder made by an older version (0644 files) is
 * tightened once, at the first start that finds it open to others. Another local account can
 * then read neither the database, nor the backups, nor the key.
 */
export function makeDataDirPrivate(dataDir: string): void {
  process.umask(0o077);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(dataDir).mode & 0o077) === 0) return;
  const walk = (dir: string) => {
    fs.chmodSync(dir, 0o700);
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) fs.chmodSync(p, 0o600);
    }
  };
  walk(dataDir);
}
