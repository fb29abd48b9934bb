import fs from 'node:fs/promises';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { CHANNEL_NAMES } from '../../shared/contract/index';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { selfTestStrings as s, type SelfTestCheckId } from '../../shared/strings/self-test';
import type { KeyProtector } from '../../db/services/platform';
import { pdfPageSizes, isA4 } from './pdf-pages';

/**
 * What a self-test run can see of the app: the real Electron main process gives one (a hidden
 * hardened window, the real IPC, printToPDF, safeStorage), the unit suite gives another built on
 * the same host, handlers, protocol response and hardening code with a real Chromium page.
 */
export interface SelfTestProbe {
  /** Evaluate an expression (may be a promise) in the app window's page and return its JSON value. */
  page(expression: string): Promise<unknown>;
  /** The channels registered with ipcMain.handle. */
  registeredChannels(): readonly string[];
  /** Asks the page to navigate to a foreign URL; true when the page is still the app afterwards. */
  navigationRefused(url: string): Promise<boolean>;
  /** Asks the page to open a window; true when no window was created. */
  windowOpenRefused(url: string): Promise<boolean>;
  keyProtector(): KeyProtector | undefined;
  singleInstanceLock(): boolean;
  /** Where the database and services run: the UI (main) thread, a worker thread, or a utility process. */
  hostLocation(): 'main' | 'worker' | 'utility';
  /** Longest pause of the main thread's event loop (ms) while `job` runs. */
  mainThreadLag(job: () => Promise<unknown>): Promise<number>;
  /** A folder the self-test may write into (bundles); the host's folder picker answers with it too. */
  workDir: string;
  readFile(file: string): Promise<Uint8Array>;
}

export interface SelfTestResult {
  id: SelfTestCheckId;
  ok: boolean;
  /** Vietnamese, for the officer or the IT person reading the report. */
  reason: string;
  ms: number;
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
type Check = (p: SelfTestProbe) => Promise<string | null>;

async function invoke<T = unknown>(p: SelfTestProbe, channel: string, input: unknown): Promise<T> {
  const r = (await p.page(`window.cchc.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`)) as Envelope;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(s.reasons.noEnvelope(channel));
  if (!r.ok) throw new Error(s.reasons.channelFailed(channel, `${r.error.code}: ${r.error.message}`));
  return r.value as T;
}

const today = (): string => new Date().toISOString().slice(0, 10);

async function firstPlanId(p: SelfTestProbe): Promise<string> {
  const plans = await invoke<{ id: string }[]>(p, 'plans.list', { year: null });
  const id = plans[0]?.id;
  if (!id) throw new Error(s.reasons.noPlan);
  return id;
}

async function activityTotal(p: SelfTestProbe): Promise<number> {
  return (await invoke<{ total: number }>(p, 'activities.count', {})).total;
}

const CHECKS: Record<SelfTestCheckId, Check> = {
  bridge: async (p) => {
    const seen = (await p.page(
      `({ keys: Object.keys(window.cchc || {}), require: typeof window.require, process: typeof window.process, module: typeof window.module, ipc: typeof window.ipcRenderer })`,
    )) as Record<string, unknown>;
    const keys = seen.keys as string[];
    if (keys.join(',') !== 'invoke') return s.reasons.bridgeKeys(keys.join(', '));
    for (const name of ['require', 'process', 'module', 'ipc'] as const) if (seen[name] !== 'undefined') return s.reasons.nodeExposed(name);
    return null;
  },
  channels: async (p) => {
    const registered = new Set(p.registeredChannels());
    const missing = CHANNEL_NAMES.filter((c) => !registered.has(c));
    if (missing.length) return s.reasons.channelsMissing(missing.join(', '));
    const extra = [...registered].filter((c) => !(CHANNEL_NAMES as readonly string[]).includes(c));
    if (extra.length) return s.reasons.channelsExtra(extra.join(', '));
    const info = await invoke<{ runtime: string }>(p, 'app.info', {});
    return info.runtime ? null : s.reasons.noEnvelope('app.info');
  },
  activityRoundTrip: async (p) => {
    const before = await activityTotal(p);
    const created = await invoke<{ id: string }>(p, 'activities.create', {
      date: today(),
      title: s.probeActivityTitle,
      details: { kind: 'tthcPosting', place: 'Trụ sở UBND', procedureCount: 1 },
    });
    if ((await activityTotal(p)) !== before + 1) return s.reasons.countAfter('create', before + 1);
    await invoke(p, 'activities.delete', { id: created.id });
    const after = await activityTotal(p);
    return after === before ? null : s.reasons.countAfter('delete', before);
  },
  cspHeader: async (p) => {
    // Fetched by the page itself, so the answer comes through the real protocol handler.
    const csp = await p.page(`fetch('./index.html', { cache: 'no-store' }).then((r) => r.headers.get('content-security-policy') ?? '')`);
    return csp === CONTENT_SECURITY_POLICY ? null : s.reasons.cspHeader(String(csp));
  },
  cspMeta: async (p) => {
    const meta = await p.page(`document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''`);
    return meta === CONTENT_SECURITY_POLICY ? null : s.reasons.cspMeta(String(meta));
  },
  cspEnforced: async (p) => {
    const r = (await p.page(`new Promise((resolve) => {
      let violated = false;
      document.addEventListener('securitypolicyviolation', () => { violated = true; }, { once: true });
      const el = document.createElement('script');
      el.textContent = 'window.__cchcInlineRan = true';
      document.head.appendChild(el);
      setTimeout(() => resolve({ violated, ran: window.__cchcInlineRan === true }), 300);
    })`)) as { violated: boolean; ran: boolean };
    if (r.ran) return s.reasons.inlineRan;
    return r.violated ? null : s.reasons.noViolation;
  },
  navigation: async (p) => ((await p.navigationRefused('https://example.invalid/')) ? null : s.reasons.navigated),
  windowOpen: async (p) => ((await p.windowOpenRefused('https://example.invalid/')) ? null : s.reasons.windowOpened),
  printPdf: async (p) => {
    const file = await invoke<{ base64: string }>(p, 'plans.exportPdf', { id: await firstPlanId(p), part: 'all' });
    const sizes = pdfPageSizes(Buffer.from(file.base64, 'base64'));
    if (!sizes.length) return s.reasons.notPdf;
    if (!sizes.every(isA4)) return s.reasons.notA4(sizes.map((x) => `${x.width}×${x.height}`).join(', '));
    if (!sizes.some((x) => x.height > x.width)) return s.reasons.noPortrait;
    return sizes.some((x) => x.width > x.height) ? null : s.reasons.noLandscape;
  },
  safeStorage: async (p) => {
    const protector = p.keyProtector();
    if (!protector) return s.reasons.noProtector;
    const secret = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });
    const opened = protector.open(protector.seal(secret));
    if (Buffer.compare(Buffer.from(opened), Buffer.from(secret)) !== 0) return s.reasons.unsealMismatch;
    const key = await invoke<{ protection: string }>(p, 'bundles.keyInfo', {});
    return key.protection === protector.kind ? null : s.reasons.keyProtection(key.protection, protector.kind);
  },
  backupRestore: async (p) => {
    const before = await activityTotal(p);
    const written = await invoke<{ path: string | null }>(p, 'backup.toFolder', {});
    if (!written.path) return s.reasons.backupNotWritten;
    const list = await invoke<{ rows: { id: string }[] }>(p, 'activities.list', { limit: 1 });
    const victim = list.rows[0]?.id;
    if (!victim) return s.reasons.noActivity;
    await invoke(p, 'activities.delete', { id: victim });
    await invoke(p, 'backup.restore', { path: written.path, confirm: true });
    const after = await activityTotal(p);
    return after === before ? null : s.reasons.restoreCount(before, after);
  },
  bundle: async (p) => {
    const written = await invoke<{ path: string }>(p, 'bundles.create', { what: { kind: 'changes' }, folder: p.workDir });
    const bytes = await p.readFile(written.path);
    if (!bytes.length) return s.reasons.emptyBundle;
    const card = await invoke<{ fileName: string; base64: string }>(p, 'bundles.keyCard', {});
    const cardPath = path.join(p.workDir, card.fileName);
    await fs.writeFile(cardPath, Buffer.from(card.base64, 'base64'));
    await invoke(p, 'province.addKey', { path: cardPath });
    const line = await invoke<{ status: string }>(p, 'province.importFile', { path: written.path });
    return line.status === 'imported' ? null : s.reasons.bundleRefused(line.status);
  },
  hostThread: async (p) => {
    const where = p.hostLocation();
    if (where === 'main') return s.reasons.hostOnMain;
    // A host on the UI thread blocks it for seconds every time; one pause from another program
    // on a busy 2-core PC does not repeat, so the better of two runs is what counts.
    let lag = await p.mainThreadLag(() => invoke(p, 'backup.toFolder', {}));
    if (lag >= 100) lag = Math.min(lag, await p.mainThreadLag(() => invoke(p, 'backup.toFolder', {})));
    return lag < 100 ? null : s.reasons.mainThreadLag(Math.round(lag));
  },
  singleInstance: async (p) => (p.singleInstanceLock() ? null : s.reasons.noLock),
};

export const SELF_TEST_CHECKS = Object.keys(CHECKS) as SelfTestCheckId[];

/** Runs every check in order; one failing check never stops the others. */
export async function runSelfTest(probe: SelfTestProbe, only: readonly SelfTestCheckId[] = SELF_TEST_CHECKS): Promise<SelfTestResult[]> {
  const results: SelfTestResult[] = [];
  for (const id of only) {
    const started = Date.now();
    let reason: string | null;
    try {
      reason = await CHECKS[id](probe);
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
    results.push({ id, ok: reason === null, reason: reason ?? s.passed, ms: Date.now() - started });
  }
  return results;
}
