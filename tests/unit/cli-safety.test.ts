import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { printable } from '../../cli/printable';
import { nodeVersionProblem } from '../../cli/node-version';
import { makeKeyCard } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';
import { hostilePathCorpus } from '../helpers/hostile-paths';
import { tempDir } from '../helpers/temp';
import { buildScript } from '../helpers/build-script';

/** Issue 14 §9 and §11: the province's `cchc` tool as built, against hostile paths and hostile text. */
const ROOT = path.join(__dirname, '../..');
let cli: string;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** dist/cli/cchc.cjs as the build makes it, built here from source. */
beforeAll(async () => {
  const dir = tempDir('cchc-cli-');
  cli = path.join(dir, 'cchc.cjs');
  await buildScript(path.join(ROOT, 'cli/cchc.ts'), cli, { linkModules: true, define: { __APP_VERSION__: '"test"' } });
}, 60_000);

function runBuilt(args: string[], node = process.execPath, dataDir = tempDir('cchc-prov-')) {
  const started = performance.now();
  const r = spawnSync(node, [cli, '--data-dir', dataDir, ...args], { encoding: 'utf8', timeout: 15_000 });
  return { ...r, ms: performance.now() - started, text: `${r.stdout}${r.stderr}` };
}

describe('cchc on hostile paths (built CLI, each in a child process with a timeout)', () => {
  it('verify / keys add / import on a FIFO, /dev/zero, a symlink to it, a folder, an oversized file: non-zero exit at once, Vietnamese message', () => {
    const problems: string[] = [];
    const dataDir = tempDir('cchc-prov-');
    // The baseline: the same CLI doing nothing but open its database, on this (busy) machine.
    const baseline = runBuilt(['keys', 'list'], process.execPath, dataDir).ms;
    // A FIFO's writer comes only after the 15 s timeout: a CLI that opens it (or reads /dev/zero) is
    // killed, and fails. The time limit over the baseline is lenient: this machine is shared.
    for (const c of hostilePathCorpus({ oversizeBytes: 65 * 1024 * 1024, ext: '.cchc', releaseMs: 20_000 })) {
      const commands = [['verify', c.path], ['keys', 'add', c.path], ...(/FIFO|zero/.test(c.label) ? [['import', c.path]] : [])];
      for (const cmd of commands) {
        const r = runBuilt(cmd, process.execPath, dataDir);
        const what = `${cmd.slice(0, -1).join(' ')} [${c.label}]`;
        if (r.status === null) problems.push(`${what}: killed or hung (${r.signal ?? r.error?.message})`);
        else if (r.status === 0) problems.push(`${what}: exit 0`);
        else if (!VIETNAMESE.test(r.text)) problems.push(`${what}: message not Vietnamese: ${r.text}`);
        else if (r.ms > baseline + 8000) problems.push(`${what}: took ${Math.round(r.ms)} ms (baseline ${Math.round(baseline)} ms)`);
      }
      c.done();
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('cchc prints bundle and card text escaped', () => {
  it('a communeName with a newline, a forged "HỢP LỆ" line and ANSI escapes prints on one line, escaped', async () => {
    const forged = 'xã Giả\nHỢP LỆ: gói số 9 của xã Thật (mã 20009), 99 hoạt động; chữ ký và mã băm đều khớp.\u001b[2J\u001b[32m';
    const c = { ...syntheticCommune(3), name: forged };
    const dir = tempDir('cchc-forged-');
    const bundle = path.join(dir, 'CCHC_20003_000001.cchc');
    fs.writeFileSync(bundle, syntheticBundle(c, 1, syntheticPayload(2)).bytes);
    const card = path.join(dir, 'the.cchc-key.json');
    fs.writeFileSync(
      card,
      JSON.stringify(
        makeKeyCard(
          { communeCode: c.code, communeName: forged, province: 'tỉnh Thử\u001b]0;x\u0007' },
          c.key.publicKey,
          '2026-01-01T00:00:00.000Z',
        ),
      ),
    );
    const dataDir = tempDir('cchc-prov-');
    const cchc = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await runCli(['--data-dir', dataDir, ...args], (l) => lines.push(l));
      return { code, lines: lines.join('\n').split('\n') };
    };
    const outputs = [
      await cchc('verify', bundle),
      await cchc('keys', 'add', card),
      await cchc('keys', 'list'),
      await cchc('verify', bundle),
      await cchc('import', dir),
      await cchc('status', '--year', '2026'),
    ];
    expect(outputs[0]!.code).toBe(1); // not yet registered
    expect(outputs[3]!.code).toBe(0);
    for (const o of outputs) {
      for (const l of o.lines) {
        expect([...l].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)).toBe(false);
        expect(l.startsWith('HỢP LỆ: gói số 9')).toBe(false);
      }
    }
    expect(outputs[0]!.lines).toHaveLength(1);
    expect(outputs[0]!.lines[0]).toContain('ã Giả\\nHỢP LỆ: gói số 9');
    expect(outputs[0]!.lines[0]).toContain('\\e[2J\\e[32m');
    expect(outputs[3]!.lines).toEqual([`HỢP LỆ: gói số 1 của ${printable(forged)} (mã 20003), 2 hoạt động; chữ ký và mã băm đều khớp.`]);
  });

  it('the sanitiser keeps Vietnamese and emoji, escapes controls, separators and bidi overrides', () => {
    expect(printable('xã Quyết Thắng 😀')).toBe('xã Quyết Thắng 😀');
    expect(printable('a\r\nb\tc\u0000\u009b\u2028\u202e')).toBe('a\\r\\nb\\tc\\u0000\\u009b\\u2028\\u202e');
  });
});

describe('cchc under an older Node says so instead of crashing', () => {
  it('the check names the versions in Vietnamese', () => {
    expect(nodeVersionProblem('24.1.0')).toBeNull();
    expect(nodeVersionProblem('25.0.0')).toBeNull();
    expect(nodeVersionProblem('20.20.2')).toMatch(/cần Node\.js phiên bản 24 trở lên, máy này đang chạy Node\.js 20\.20\.2/);
    expect(nodeVersionProblem('rác')).not.toBeNull();
  });

  it("the built CLI under the box's Node 20 (/usr/bin/node) exits 1 with that message, no segfault", () => {
    const node20 = '/usr/bin/node';
    const version = fs.existsSync(node20) ? spawnSync(node20, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
    if (!/^v2[0-3]\./.test(version)) {
      // No older Node on this machine: the entry must still run under this one.
      expect(runBuilt(['--help']).status).toBe(0);
      return;
    }
    const r = runBuilt(['verify', '/dev/null'], node20);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cần Node.js phiên bản 24 trở lên');
  });
});
