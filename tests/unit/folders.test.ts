import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFolders } from '../../db/services/folders';
import { folderRoots, rootContaining } from '../../db/services/folder-roots';
import { windowsDriveByLetter } from '../../electron/removable-drive';
import { isAppError } from '../../shared/errors';
import { tempDir } from '../helpers/temp';
import { startApp } from '../../db/host';
import { dispatch } from '../../shared/contract/dispatch';

/**
 * The preview's folder browser (issue 16 §7) lists only the home folder and mounted drives.
 * A fake machine in a temp folder: a home, a /media with one USB stick, and an "outside" the
 * browser must never show, reached through "..", symlinks, FIFOs and unicode names.
 */
let top: string;
let home: string;
let stick: string;
let outside: string;
const preview = { runtime: 'preview' as const };
const savedEnv = process.env.CCHC_FOLDER_ROOTS;

beforeAll(() => {
  top = fs.realpathSync(tempDir('cchc-folders-'));
  home = path.join(top, 'home', 'lan');
  stick = path.join(top, 'media', 'KINGSTON');
  outside = path.join(top, 'bi-mat');
  for (const d of [
    home,
    stick,
    outside,
    path.join(home, 'Tài liệu 📁', 'Báo cáo'),
    path.join(home, 'a', 'b'),
    path.join(stick, 'GUI_TINH'),
  ])
    fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(outside, 'khong-duoc-thay'));
  fs.mkdirSync(path.join(home, '.an'));
  fs.writeFileSync(path.join(home, 'tep.txt'), 'x');
  fs.symlinkSync(outside, path.join(home, 'link-ra-ngoai'));
  fs.symlinkSync(path.join(home, 'a'), path.join(home, 'link-vao-trong'));
  fs.symlinkSync(path.join(stick, 'GUI_TINH'), path.join(home, 'link-usb'));
  fs.symlinkSync('/etc', path.join(stick, 'etc'));
  fs.symlinkSync(path.join(home, 'khong-co'), path.join(home, 'link-gay'));
  execFileSync('mkfifo', [path.join(home, 'ong')]);
  execFileSync('mkfifo', [path.join(stick, 'ong-usb')]);
  fs.symlinkSync(path.join(home, 'ong'), path.join(home, 'link-ong'));
  fs.symlinkSync('/dev/zero', path.join(home, 'link-zero'));
  // The link that makes a sibling look like a prefix: /…/home/lan vs /…/home/lan2.
  fs.mkdirSync(path.join(top, 'home', 'lan2'));
  fs.symlinkSync(path.join(top, 'home', 'lan2'), path.join(home, 'link-lan2'));
  process.env.CCHC_FOLDER_ROOTS = `home=${home};usb=${path.join(top, 'media')}`;
});

afterAll(() => {
  if (savedEnv === undefined) delete process.env.CCHC_FOLDER_ROOTS;
  else process.env.CCHC_FOLDER_ROOTS = savedEnv;
});

/** The oracle, independent of the service: a real path is allowed when it is home or the stick, or below one. */
function insideRoots(real: string): boolean {
  return [home, stick].some((r) => real === r || real.startsWith(r + path.sep));
}

describe('folders.list', () => {
  it('lists the USB stick first, labelled, then the home folder', () => {
    const roots = listFolders(preview, {});
    expect(roots.path).toBeNull();
    expect(roots.entries.map((e) => [e.kind, e.label])).toEqual([
      ['usb', 'USB: KINGSTON'],
      ['home', 'Thư mục cá nhân (lan)'],
    ]);
  });

  it('shows only subfolders inside the roots: no files, FIFOs, hidden folders or links leading out', () => {
    const l = listFolders(preview, { path: home });
    expect(l.entries.map((e) => e.label)).toEqual(['a', 'link-usb', 'link-vao-trong', 'Tài liệu 📁']);
    expect(l.crumbs).toEqual([{ label: 'Thư mục cá nhân (lan)', path: home }]);
    expect(l.parent).toBeNull();
    const deeper = listFolders(preview, { path: path.join(home, 'Tài liệu 📁') });
    expect(deeper.entries.map((e) => e.label)).toEqual(['Báo cáo']);
    expect(deeper.crumbs.map((c) => c.label)).toEqual(['Thư mục cá nhân (lan)', 'Tài liệu 📁']);
    expect(deeper.parent).toBe(home);
    expect(listFolders(preview, { path: stick }).entries.map((e) => e.label)).toEqual(['GUI_TINH']);
  });

  it('refuses "..", links out, FIFOs, files, relative paths and missing folders in Vietnamese', () => {
    const cases: [string, string][] = [
      [`${home}/../lan2`, 'INVALID_INPUT'],
      [`${home}/../../bi-mat`, 'INVALID_INPUT'],
      [path.join(home, 'link-ra-ngoai'), 'FORBIDDEN'],
      [path.join(home, 'link-lan2'), 'FORBIDDEN'],
      [path.join(stick, 'etc'), 'FORBIDDEN'],
      [outside, 'FORBIDDEN'],
      ['/', 'FORBIDDEN'],
      [path.join(home, 'ong'), 'INVALID_INPUT'],
      [path.join(home, 'link-ong'), 'INVALID_INPUT'],
      [path.join(home, 'link-zero'), 'FORBIDDEN'],
      ['/dev/zero', 'FORBIDDEN'],
      [path.join(home, 'tep.txt'), 'INVALID_INPUT'],
      [path.join(home, 'link-gay'), 'NOT_FOUND'],
      ['home/lan', 'INVALID_INPUT'],
    ];
    for (const [p, code] of cases) {
      let err: unknown = null;
      try {
        listFolders(preview, { path: p });
      } catch (e) {
        err = e;
      }
      expect(isAppError(err), p).toBe(true);
      expect((err as { code: string }).code, p).toBe(code);
      expect((err as Error).message, p).toMatch(/thư mục|đường dẫn/i);
    }
  });

  it('works in recovery mode too: the recovery screen browses for a backup on the USB', async () => {
    const dataDir = tempDir('cchc-folders-recovery-');
    fs.writeFileSync(path.join(dataDir, 'cchc.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
    const live = await startApp({ dataDir, runtime: 'preview', appVersion: 'test' });
    try {
      expect(live.recovery).not.toBeNull();
      const env = await dispatch(live.handlers, 'folders.list', { path: stick });
      expect(env).toMatchObject({ ok: true, value: { path: stick, entries: [{ label: 'GUI_TINH' }] } });
    } finally {
      await live.close();
    }
  });

  it('the desktop app refuses the channel: it uses the native dialog', () => {
    expect(() => listFolders({ runtime: 'electron' }, {})).toThrow(/hộp thoại/);
  });

  it('property: whatever path is asked for, nothing outside the roots is ever listed, and every folder inside opens', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        'a',
        'b',
        'link-ra-ngoai',
        'link-vao-trong',
        'link-usb',
        'link-lan2',
        'link-ong',
        'link-zero',
        'ong',
        'etc',
      ),
      fc.constantFrom('Tài liệu 📁', 'Báo cáo', 'bi-mat', 'khong-duoc-thay', 'lan', 'lan2', 'home', 'media', 'KINGSTON', 'GUI_TINH'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const start = fc.constantFrom(home, stick, top, outside, '/', '', path.join(top, 'home'));
    fc.assert(
      fc.property(start, fc.array(segment, { maxLength: 6 }), fc.constantFrom('/', '//', '/./'), (base, segs, sep) => {
        const asked = base + (segs.length ? sep + segs.join('/') : '');
        let real: string | null;
        try {
          real = fs.statSync(asked).isDirectory() ? fs.realpathSync(asked) : null;
        } catch {
          real = null;
        }
        const hasDotDot = asked.split('/').includes('..');
        const shouldOpen =
          asked.length > 0 && path.isAbsolute(asked) && !hasDotDot && !asked.includes('\0') && real !== null && insideRoots(real);
        let listing: ReturnType<typeof listFolders> | null = null;
        try {
          listing = listFolders(preview, { path: asked });
        } catch (e) {
          if (!asked) return; // No path: the roots (handled by the first test).
          expect(isAppError(e), `${asked}: ${String(e)}`).toBe(true);
          expect((e as Error).message).not.toMatch(/ENOENT|EACCES|Error:|undefined/);
        }
        if (!asked) return;
        expect(listing !== null, asked).toBe(shouldOpen);
        if (!listing) return;
        expect(insideRoots(fs.realpathSync(listing.path!))).toBe(true);
        for (const e of listing.entries) expect(insideRoots(fs.realpathSync(e.path)), e.path).toBe(true);
        for (const c of listing.crumbs) expect(insideRoots(fs.realpathSync(c.path)), c.path).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a root is contained by path segments, not by string prefix', () => {
    const roots = folderRoots();
    expect(rootContaining(roots, path.join(top, 'home', 'lan2'))).toBeNull();
    expect(rootContaining(roots, path.join(home, 'a'))?.kind).toBe('home');
  });
});

describe('the desktop dialog starts at a removable drive (Windows letters)', () => {
  it('takes the highest existing letter D:–Z: that is not the system drive', () => {
    const have = (set: string[]) => (root: string) => set.includes(root);
    expect(windowsDriveByLetter(have(['C:\\', 'D:\\', 'E:\\']), 'C:')).toBe('E:\\');
    expect(windowsDriveByLetter(have(['C:\\']), 'C:')).toBeNull();
    expect(windowsDriveByLetter(have(['D:\\', 'F:\\']), 'F:')).toBe('D:\\');
  });
});
