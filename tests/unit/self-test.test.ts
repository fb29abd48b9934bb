import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSelfTest, SELF_TEST_CHECKS, type SelfTestResult } from '../../electron/self-test/checks';
import { buildReport, formatReport, selfTestArgs } from '../../electron/self-test/report';
import { pdfPageSizes } from '../../electron/self-test/pdf-pages';
import { SELF_TEST_CHECK_IDS, type SelfTestCheckId } from '../../shared/strings/self-test';
import { startStandIn, type StandIn } from '../helpers/self-test-standin';

/**
 * The `--self-test` checks of the real Electron app, run here against the stand-in (real host,
 * IPC registration, app:// responses, hardening, Chromium). Each check is then broken in turn the
 * way it could break in the shipped app, and must report it.
 */
let app: StandIn;
beforeAll(async () => {
  app = await startStandIn();
}, 60_000);
afterAll(async () => app?.close());

const only = async (id: SelfTestCheckId): Promise<SelfTestResult> => (await runSelfTest(app.probe, [id]))[0]!;

/** Replace one IPC handler for the duration of `body`. */
async function withHandler(
  channel: string,
  wrap: (orig: (e: unknown, i: unknown) => Promise<unknown>) => (e: unknown, i: unknown) => Promise<unknown>,
  body: () => Promise<void>,
) {
  const orig = app.handlers.get(channel)!;
  app.handlers.set(channel, wrap(orig));
  try {
    await body();
  } finally {
    app.handlers.set(channel, orig);
  }
}

describe('self-test against the stand-in', () => {
  it('names every check in both languages and runs them all: every one passes, the host in its worker thread', async () => {
    expect([...SELF_TEST_CHECKS].sort()).toEqual([...SELF_TEST_CHECK_IDS].sort());
    // The stand-in starts the services as Electron main does: in the service host worker.
    expect(app.flags.hostLocation).toBe('worker');
    const results = await runSelfTest(app.probe);
    const failed = results.filter((r) => !r.ok);
    expect(
      failed.map((r) => r.id),
      JSON.stringify(failed),
    ).toEqual([]);
    const report = buildReport(results, { appVersion: 't', platform: 'linux-x64', electron: null, startedAt: new Date() });
    expect(report.ok).toBe(true);
    expect(formatReport(report)).toMatch(/Tất cả 14 mục đều đạt\. \/ All 14 checks passed\./);
    const oneFailed = buildReport(
      results.map((r) => (r.id === 'hostThread' ? { ...r, ok: false, reason: 'x' } : r)),
      { appVersion: 't', platform: 'linux-x64', electron: null, startedAt: new Date() },
    );
    expect(formatReport(oneFailed)).toMatch(/1\/14 mục KHÔNG đạt\. \/ 1 of 14 checks FAILED\./);
  }, 120_000);

  it('reports services on the UI thread as a failure (an app whose worker fell back to main)', async () => {
    app.flags.hostLocation = 'main';
    try {
      const r = await only('hostThread');
      expect(r.ok).toBe(false);
      expect(r.reason).toMatch(/luồng chính/);
    } finally {
      app.flags.hostLocation = 'worker';
    }
  });

  it('reports a host off the main thread whose job still stalls the main thread', async () => {
    app.flags.hostLocation = 'worker';
    await withHandler(
      'backup.toFolder',
      (orig) => async (e, i) => {
        const until = Date.now() + 300;
        while (Date.now() < until);
        return orig(e, i);
      },
      async () => {
        const r = await only('hostThread');
        expect(r.ok).toBe(false);
        expect(r.reason).toMatch(/đứng \d+ ms/);
      },
    );
  });

  const breakers: Record<Exclude<SelfTestCheckId, 'hostThread'>, { break: () => Promise<() => Promise<void>>; reason: RegExp }> = {
    bridge: {
      break: async () => {
        await app.page.evaluate(() => ((window as unknown as { process: unknown }).process = { versions: {} }));
        return () => app.reload();
      },
      reason: /process/,
    },
    channels: {
      break: async () => {
        const h = app.handlers.get('reports.periods')!;
        app.handlers.delete('reports.periods');
        return async () => void app.handlers.set('reports.periods', h);
      },
      reason: /Chưa đăng ký kênh: reports\.periods/,
    },
    activityRoundTrip: {
      break: async () => {
        const orig = app.handlers.get('activities.delete')!;
        app.handlers.set('activities.delete', async () => ({ ok: true, value: { done: true } }));
        return async () => void app.handlers.set('activities.delete', orig);
      },
      reason: /delete/,
    },
    cspHeader: { break: async () => flagged('cspHeader', false), reason: /CSP khác/ },
    cspMeta: {
      break: async () => {
        await app.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove());
        return () => app.reload();
      },
      reason: /meta CSP/,
    },
    cspEnforced: { break: async () => flagged('cspHeader', false), reason: /nội tuyến vẫn chạy/ },
    navigation: { break: async () => flagged('hardened', false), reason: /địa chỉ ngoài/ },
    windowOpen: { break: async () => flagged('hardened', false), reason: /cửa sổ mới/ },
    printPdf: { break: async () => flagged('pdfBroken', true), reason: /không phải PDF/ },
    safeStorage: {
      break: async () => {
        const good = app.flags.protector;
        app.flags.protector = { ...good, open: (sealed) => good.open(sealed).map((b) => b ^ 1) };
        return async () => void (app.flags.protector = good);
      },
      reason: /không ra đúng khoá/,
    },
    backupRestore: {
      break: async () => {
        const orig = app.handlers.get('backup.restore')!;
        app.handlers.set('backup.restore', async () => ({ ok: true, value: { restored: true } }));
        return async () => void app.handlers.set('backup.restore', orig);
      },
      reason: /Sau khôi phục có/,
    },
    bundle: {
      break: async () => {
        const orig = app.handlers.get('bundles.create')!;
        // A USB stick that loses the end of the file: the province side must refuse it.
        app.handlers.set('bundles.create', async (e, i) => {
          const out = (await orig(e, i)) as { ok: boolean; value: { path: string } };
          if (out.ok) fs.truncateSync(out.value.path, 200);
          return out;
        });
        return async () => void app.handlers.set('bundles.create', orig);
      },
      reason: /không nhập được|báo lỗi/,
    },
    singleInstance: { break: async () => flagged('lock', false), reason: /khoá một phiên bản/ },
  };

  function flagged<K extends 'cspHeader' | 'hardened' | 'pdfBroken' | 'lock'>(key: K, value: boolean): () => Promise<void> {
    const before = app.flags[key];
    app.flags[key] = value;
    return async () => {
      app.flags[key] = before;
      await app.reload();
    };
  }

  for (const [id, b] of Object.entries(breakers) as [Exclude<SelfTestCheckId, 'hostThread'>, (typeof breakers)['bridge']][]) {
    it(`fails "${id}" when it is broken`, async () => {
      app.flags.hostLocation = 'worker';
      expect((await only(id)).ok, 'passes before breaking').toBe(true);
      const restore = await b.break();
      if (id === 'cspEnforced' || id === 'cspHeader') await app.reload();
      try {
        const r = await only(id);
        expect(r.ok).toBe(false);
        expect(r.reason).toMatch(b.reason);
      } finally {
        await restore();
      }
    }, 60_000);
  }
});

describe('self-test plumbing', () => {
  it('reads --self-test and --out from the command line', () => {
    expect(selfTestArgs(['app.exe'])).toBeNull();
    expect(selfTestArgs(['app.exe', '--self-test'])).toEqual({ out: null });
    expect(selfTestArgs(['app.exe', '--self-test', '--out', 'C:\\r.json'])).toEqual({ out: 'C:\\r.json' });
  });

  it('reads page sizes from a PDF and rejects what is not one', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /MediaBox [0 0 595.28 841.89] >> endobj\n2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n3 0 obj << /Type /Page /Parent 1 0 R /MediaBox [0 0 841.89 595.28] >> endobj\n',
    );
    expect(pdfPageSizes(pdf)).toEqual([
      { width: 595.28, height: 841.89 },
      { width: 841.89, height: 595.28 },
    ]);
    expect(pdfPageSizes(Buffer.from('<html>'))).toEqual([]);
  });
});

describe('the one CSP on app:// responses and in index.html', () => {
  it('every response of the protocol handler carries shared/csp.ts, and the built index.html has it in a meta tag', async () => {
    const { rendererResponse } = await import('../../electron/renderer-protocol');
    const { CONTENT_SECURITY_POLICY } = await import('../../shared/csp');
    const root = (await import('node:path')).resolve('dist/renderer');
    const asset = fs.readdirSync(`${root}/assets`).find((f) => f.endsWith('.js'))!;
    for (const url of [
      'app://cchc/index.html',
      `app://cchc/assets/${asset}`,
      'app://cchc/no/such/file',
      'app://cchc/..%2f..%2fpackage.json',
      'app://cchc/%E0%A4%A',
    ]) {
      const res = await rendererResponse(root, url);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      if (!url.includes('assets')) expect(await res.text()).toContain('<div id="root">');
    }
    const html = fs.readFileSync(`${root}/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});
