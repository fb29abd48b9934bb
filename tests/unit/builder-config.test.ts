import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const mainSource = fs.readFileSync(path.join(root, 'electron/main.ts'), 'utf8');

/** `npm test` builds before the unit tests, so the paths the installer packs must exist. */
describe('electron-builder.yml and the build output it packs', () => {
  it('names the product and takes the version from package.json', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Tuyên truyền CCHC');
    expect(config.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('points at the main process the build writes, and the build wrote it with its preload and renderer', () => {
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(fs.existsSync(path.join(root, pkg.main))).toBe(true);
    const mainDir = path.dirname(path.join(root, pkg.main));
    expect(mainSource).toContain("path.join(__dirname, 'preload.cjs')");
    expect(fs.existsSync(path.join(mainDir, 'preload.cjs'))).toBe(true);
    expect(mainSource).toContain("path.join(__dirname, '..', 'renderer')");
    expect(fs.existsSync(path.join(mainDir, '..', 'renderer', 'index.html'))).toBe(true);
    expect(config.files).toContain('dist/**/*');
  });

  it('packs the service host worker where main looks for it (dist/worker beside dist/electron), inside the asar', () => {
    // Electron (since 17.3) loads a worker_threads script from the asar and resolves its
    // requires there, so the worker needs no asarUnpack entry; better-sqlite3 is unpacked already.
    const hostClient = fs.readFileSync(path.join(root, 'db/host-client.ts'), 'utf8');
    expect(hostClient).toContain("path.join(__dirname, '..', 'worker', 'host-worker.cjs')");
    expect(mainSource).toContain('workerFile: hostWorkerFile()');
    const mainDir = path.dirname(path.join(root, pkg.main));
    expect(fs.existsSync(path.join(mainDir, '..', 'worker', 'host-worker.cjs'))).toBe(true);
    expect((config.files as string[]).some((f) => f.startsWith('!dist/worker'))).toBe(false);
  });

  it('unpacks the native SQLite module from the asar and does not rebuild it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack.some((p: string) => p.startsWith('node_modules/better-sqlite3/'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    // The package ships N-API prebuilds for every platform: the Windows one goes into the installer.
    expect(fs.existsSync(path.join(root, 'node_modules/better-sqlite3/prebuilds/win32-x64.node'))).toBe(true);
  });

  it('builds a per-user NSIS installer in Vietnamese with a folder choice and shortcuts, plus a zip', () => {
    const targets = config.win.target.map((t: { target: string; arch: string[] }) => [t.target, t.arch]);
    expect(targets).toEqual([
      ['nsis', ['x64']],
      ['zip', ['x64']],
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
    expect(config.nsis.installerLanguages).toEqual(['vi_VN']);
  });

  it('ships its icons and opens bundle files by double-click', () => {
    for (const icon of [config.win.icon, ...config.fileAssociations.map((f: { icon: string }) => f.icon)]) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
    expect(fs.readFileSync(path.join(root, config.win.icon)).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(config.fileAssociations.map((f: { ext: string }) => f.ext)).toContain('cchc');
  });

  it('sets the Electron fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs no development-only package: the shipped code requires only production dependencies', () => {
    const builtin = new Set(builtinModules);
    const shipped = [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/worker/host-worker.cjs',
      'dist/worker/import-worker.cjs',
      'dist/worker/import-writer.cjs',
      'dist/cli/cchc.cjs',
    ].filter((f) => fs.existsSync(path.join(root, f)));
    expect(shipped.length).toBeGreaterThanOrEqual(5);
    const required = new Set<string>();
    for (const f of shipped) {
      for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/require\("([^"./][^"]*)"\)/g)) {
        const spec = m[1]!;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!builtin.has(name) && !name.startsWith('node:') && name !== 'electron') required.add(name);
      }
    }
    for (const name of required) {
      expect(pkg.dependencies[name], `${name} is required by shipped code`).toBeDefined();
      expect(pkg.devDependencies[name], `${name} is both`).toBeUndefined();
    }
    // Only the preview and the tests drive Chromium through Playwright; the preview is not packed.
    for (const dev of [
      'playwright-core',
      '@playwright/test',
      'vitest',
      'electron',
      'electron-builder',
      'fast-check',
      'prettier',
      'node-forge',
    ]) {
      expect(pkg.dependencies[dev], dev).toBeUndefined();
    }
    expect(config.files).toEqual(expect.arrayContaining(['!dist/preview/**', '!dist/bench/**']));
    for (const unpacked of config.asarUnpack as string[]) {
      const name = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(unpacked)?.[1];
      expect(name && pkg.dependencies[name], unpacked).toBeTruthy();
    }
  });
});
