import fs from 'node:fs';
import { execFile } from 'node:child_process';
import { firstRemovableDrive } from '../db/services/folder-roots';

/**
 * Where the native folder dialog opens: the USB stick when one is plugged in, so "Chọn thư
 * mục…" starts where the officer will save. No native modules: Windows is asked through
 * PowerShell (DriveType 2 = removable); when that fails, the highest drive letter D:–Z: that
 * exists and is not the system drive (a USB stick gets the next free letter after the disks).
 */
export async function removableDriveStart(): Promise<string | undefined> {
  if (process.platform !== 'win32') return firstRemovableDrive() ?? undefined;
  return (await windowsRemovable()) ?? windowsDriveByLetter() ?? undefined;
}

function windowsRemovable(): Promise<string | null> {
  const command = 'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | Select-Object -ExpandProperty DeviceID';
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', command],
      { timeout: 3000, windowsHide: true },
      (err, stdout) => {
        if (err) return resolve(null);
        const letters = String(stdout)
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => /^[A-Z]:$/i.test(l) && fs.existsSync(`${l}\\`));
        resolve(letters.length ? `${letters[0]}\\` : null);
      },
    );
  });
}

export function windowsDriveByLetter(
  exists: (root: string) => boolean = fs.existsSync,
  systemDrive = process.env.SystemDrive ?? 'C:',
): string | null {
  const system = systemDrive.toUpperCase().slice(0, 1);
  for (let code = 'Z'.charCodeAt(0); code >= 'D'.charCodeAt(0); code--) {
    const letter = String.fromCharCode(code);
    if (letter === system) continue;
    const root = `${letter}:\\`;
    if (exists(root)) return root;
  }
  return null;
}
