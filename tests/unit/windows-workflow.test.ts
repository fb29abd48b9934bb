import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/** The workflow runs only where Electron can be downloaded; here we check what it would do. */
const wf = parse(fs.readFileSync('.github/workflows/windows.yml', 'utf8'));
type Step = { run?: string; uses?: string; with?: Record<string, string> };
const runs = (steps: Step[]) => steps.map((s) => s.run ?? '').join('\n');

describe('.github/workflows/windows.yml', () => {
  it('builds the installer on Windows, installs it per user, runs --self-test and uploads the installer, zip and report.json', () => {
    const job = wf.jobs.windows;
    expect(job['runs-on']).toBe('windows-latest');
    const steps: Step[] = job.steps;
    const text = runs(steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    expect(text).toMatch(/npm ci(?![^\n]*ELECTRON_SKIP_BINARY_DOWNLOAD)/);
    expect(text).toContain('npm run dist:win');
    expect(text).toMatch(/-Setup\.exe'[\s\S]*'\/S', '\/currentuser'/);
    expect(text).toMatch(/Tuyên truyền CCHC\.exe[\s\S]*'--self-test', '--out'[\s\S]*report\.json[\s\S]*exit \$p\.ExitCode/);
    // Order: install before the self-test, the self-test before the upload.
    const at = (re: RegExp) => steps.findIndex((s) => re.test(s.run ?? s.uses ?? ''));
    expect(at(/dist:win/)).toBeLessThan(at(/\/currentuser/));
    expect(at(/\/currentuser/)).toBeLessThan(at(/--self-test/));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload).toMatchObject({ if: 'always()' });
    for (const want of ['release/*-Setup.exe', 'release/*.zip', 'report.json']) expect(upload.with!.path).toContain(want);
  });

  it('also runs the self-test of the Electron app under xvfb on Linux', () => {
    const text = runs(wf.jobs['linux-self-test'].steps);
    expect(text).toMatch(/xvfb-run -a npm run electron -- --self-test/);
  });

  it('npm run electron builds first, so the self-test runs what ships', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.electron).toMatch(/^npm run build && electron \./);
  });
});
