import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../preview/server';
import { tempDir } from '../helpers/temp';
import { builtHostWorker } from '../helpers/host-worker';

let preview: RunningPreview;
let rendererDir: string;
let dataDir: string;
beforeAll(async () => {
  rendererDir = tempDir('cchc-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  dataDir = tempDir();
  preview = await startPreview({ dataDir, rendererDir, port: 0, demo: true, appVersion: 'test', hostWorker: await builtHostWorker() });
});
afterAll(() => preview.stop());

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${preview.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('preview server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  /** Opens the one-time URL like a browser: the 303 sets the cookie, `/` then gives the page. */
  async function openWithCode(url = preview.openUrl()): Promise<{ cookie: string; html: string; res: Response }> {
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Domain=/i); // host-only: bound to 127.0.0.1
    const cookie = setCookie.split(';')[0]!;
    const res = await fetch(preview.url, { headers: { cookie } });
    return { cookie, html: await res.text(), res };
  }

  it('puts the per-launch token in the page, with a CSP, only after the one-time URL was opened', async () => {
    const { res, html } = await openWithCode();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain(`<meta name="cchc-token" content="${preview.token}"`);
  });

  it('gives no token to a second local request without the code, a spent code, a guessed code or cookie', async () => {
    const url = preview.openUrl();
    await openWithCode(url);
    const attempts: RequestInit[] = [{}, { headers: { cookie: 'cchc_phien_1=abc' } }];
    for (const init of attempts) {
      for (const target of [preview.url, `${preview.url}#/bundles`, `${preview.url}index.html`, `${preview.url}?ma=doan-thu`, url]) {
        const res = await fetch(target, { ...init, redirect: 'manual' });
        const text = await res.text();
        expect(res.status, target).toBe(401);
        expect(text).not.toContain(preview.token);
        expect(text).toContain('đường liên kết');
      }
    }
  });

  it('serves the page to nobody who calls it by another host name (DNS rebinding)', async () => {
    const { cookie } = await openWithCode();
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(preview.url, { headers: { host: 'evil.example', cookie } }, (r) => resolve(r.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(res).toBe(403);
  });

  it('keeps the data folder to the officer: files 0600, folders 0700', () => {
    const walk = (dir: string): [string, number][] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return [[p, fs.statSync(p).mode & 0o777] as [string, number], ...(e.isDirectory() ? walk(p) : [])];
      });
    const entries = walk(dataDir);
    expect(entries.length).toBeGreaterThan(1);
    for (const [p, mode] of entries) expect([p, mode.toString(8)]).toEqual([p, fs.statSync(p).isDirectory() ? '700' : '600']);
  });

  it('answers a call with the token, from the service host worker (not the server thread)', async () => {
    expect(preview.host.location).toBe('worker');
    const res = await call('plans.list', {}, { 'x-cchc-token': preview.token });
    expect(await res.json()).toMatchObject({ ok: true, value: [expect.objectContaining({ taskCount: 4 })] });
  });

  it('rejects a call without the token, or with a wrong one', async () => {
    for (const headers of [{}, { 'x-cchc-token': 'guess' }] as Record<string, string>[]) {
      const res = await call('plans.list', {}, headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('rejects a call from a foreign origin even with the token', async () => {
    const res = await call('plans.list', {}, { 'x-cchc-token': preview.token, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers malformed JSON with an error envelope', async () => {
    const res = await fetch(`${preview.url}api/settings.save`, {
      method: 'POST',
      headers: { 'x-cchc-token': preview.token },
      body: '{"communeName": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a second server on the same database', async () => {
    await expect(
      startPreview({ dataDir, rendererDir, port: 0, demo: false, appVersion: 'test', hostWorker: await builtHostWorker() }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('đang được một cửa sổ ứng dụng khác sử dụng'),
    });
  });
});
