import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../preview/server';
import { tempDir } from '../helpers/temp';

let preview: RunningPreview;
let rendererDir: string;
beforeAll(async () => {
  rendererDir = tempDir('cchc-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  preview = await startPreview({ dataDir: tempDir(), rendererDir, port: 0, demo: true, appVersion: 'test' });
});
afterAll(() => preview.stop());

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${preview.url}api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('preview server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('puts the per-launch token in the page and a CSP on it', async () => {
    const res = await fetch(preview.url);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain(`<meta name="cchc-token" content="${preview.token}"`);
  });

  it('answers a call with the token', async () => {
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
    const res = await fetch(`${preview.url}api/settings.save`, { method: 'POST', headers: { 'x-cchc-token': preview.token }, body: '{"communeName": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a second server on the same database', async () => {
    await expect(startPreview({ dataDir: preview.host.ctx.dataDir, rendererDir, port: 0, demo: false, appVersion: 'test' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('đang được một cửa sổ ứng dụng khác sử dụng'),
    });
  });
});
