import fs from 'node:fs';
import { execFile } from 'node:child_process';
import { firstRemovableDrive } from '../db/services/folder-roots';

/**
 * Where the native folder dialog opens: the USB stick when one is plugged in, so "Chọn thư
 * mục…" starts where the officer will save. No native modules: Windows is asked through
 * PowerShell (DriveType 2 = removable); when PowerShell cannot answer (blocked by policy, too
 * slow), the highest drive letter D:–Z: that exists and is not the system drive (a USB stick
 * gets the next free letter after the disks).
 */
export async function removableDriveStart(): Promise<string | undefined> {
  if (process.platform !== 'win32') return firstRemovableDrive() ?? undefined;
  // PowerShell can take a second or two to start: the dialog waits for it at most QUICK_MS and
  // otherwise uses the last answer (when that drive is still there) or the letter guess.
  const fresh = windowsRemovable().then((r) => (r.answered ? (lastAnswer = r) : r));
  const timeout = new Promise<Answer>((resolve) => setTimeout(resolve, QUICK_MS, { answered: false, drive: null }));
  let r = await Promise.race([fresh, timeout]);
  if (!r.answered && lastAnswer && (!lastAnswer.drive || fs.existsSync(lastAnswer.drive))) r = lastAnswer;
  return (r.answered ? r.drive : windowsDriveByLetter()) ?? undefined;
}

interface Answer {
  /** PowerShell answered (possibly "no removable drive"). */
  answered: boolean;
  drive: string | null;
}

const QUICK_MS = 800;
let lastAnswer: Answer | null = null;

function windowsRemovable(): Promise<Answer> {
  const command = 'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | Select-Object -ExpandProperty DeviceID';
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', command],
      { timeout: 3000, windowsHide: true },
      (err, stdout) => {
        if (err) return resolve({ answered: false, drive: null });
        const letters = String(stdout)
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => /^[A-Z]:$/i.test(l) && fs.existsSync(`${l}\\`));
        resolve({ answered: true, drive: letters.length ? `${letters[0]}\\` : null });
      },
    );
  });
}

/** The letter guess: the highest existing drive D:–Z: that is not the system drive. */
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
