import { selfTestStrings as s } from '../../shared/strings/self-test';
import type { SelfTestResult } from './checks';

export interface SelfTestReport {
  format: 'cchc-self-test/1';
  ok: boolean;
  appVersion: string;
  platform: string;
  electron: string | null;
  startedAt: string;
  finishedAt: string;
  checks: (SelfTestResult & { vi: string; en: string })[];
}

export function buildReport(
  results: SelfTestResult[],
  meta: { appVersion: string; platform: string; electron: string | null; startedAt: Date },
): SelfTestReport {
  return {
    format: 'cchc-self-test/1',
    ok: results.length > 0 && results.every((r) => r.ok),
    appVersion: meta.appVersion,
    platform: meta.platform,
    electron: meta.electron,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    checks: results.map((r) => ({ ...r, ...s.checks[r.id] })),
  };
}

/** The text printed on the console: one line a check, Vietnamese then English, and the verdict. */
export function formatReport(report: SelfTestReport): string {
  const lines = [`${s.title.vi} / ${s.title.en} — ${report.appVersion}, ${report.platform}`];
  for (const c of report.checks) {
    lines.push(`${c.ok ? 'ĐẠT  PASS' : 'LỖI  FAIL'}  ${c.vi} / ${c.en} (${c.ms} ms)`);
    if (!c.ok) lines.push(`      → ${c.reason}`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  const verdict = failed ? s.summary.someFailed(failed, report.checks.length) : s.summary.allPassed(report.checks.length);
  lines.push(`${verdict.vi} / ${verdict.en}`);
  return lines.join('\n');
}

/** `--self-test [--out report.json]` from a command line; null when not a self-test launch. */
export function selfTestArgs(argv: readonly string[]): { out: string | null } | null {
  if (!argv.includes('--self-test')) return null;
  const i = argv.indexOf('--out');
  const out = i >= 0 ? (argv[i + 1] ?? null) : null;
  return { out: out && !out.startsWith('--') ? out : null };
}
