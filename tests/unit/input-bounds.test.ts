import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract/index';
import { dispatch } from '../../shared/contract/dispatch';
import { queryActivities } from '../../db/repositories/activity-list';
import { ActivityListQuery } from '../../shared/domain/activity';
import { startPreview, type RunningPreview } from '../../preview/server';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { builtHostWorker } from '../helpers/host-worker';

/** Issue 14 §13: array inputs are bounded in the contract, list filters never hit SQLite's variable limit, a bad URL is a 400. */
const openApp = testApps();

describe('array inputs are bounded', () => {
  it('every array in every channel input schema has a maximum', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'array' && typeof o.maxItems !== 'number') unbounded.push(where);
      for (const [k, v] of Object.entries(o))
        walk(v, k === 'properties' || k === 'items' || k === 'anyOf' || k === 'oneOf' || k === 'allOf' ? where : `${where}.${k}`);
    };
    for (const [name, def] of Object.entries(contract))
      walk(z.toJSONSchema(def.input as z.ZodType, { io: 'input', unrepresentable: 'any' }), name);
    expect(unbounded).toEqual([]);
  });

  it('a 40,000-entry kinds filter is refused in Vietnamese, not an internal error', async () => {
    const app = await openApp({ demo: true });
    const env = await dispatch(app.handlers, 'activities.list', { kinds: Array.from({ length: 40_000 }, () => 'broadcast') });
    expect(env).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Hình thức: nhiều quá 7 mục/) },
    });
  });

  it('the list query binds a filter as one JSON array: 40,000 entries below the contract still run', async () => {
    const app = await openApp({ demo: true });
    for (const sort of ['date', 'kind'] as const) {
      const q = {
        ...ActivityListQuery.parse({ sort }),
        kinds: Array.from({ length: 40_000 }, (_, i) => (i % 2 ? 'broadcast' : 'meeting') as 'broadcast'),
      };
      const page = await queryActivities(app.ctx.db, q);
      const expected = (
        app.ctx.sqlite
          .prepare(`SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL AND kind IN ('broadcast','meeting')`)
          .get() as { n: number }
      ).n;
      expect(page.total).toBe(expected);
      expect(expected).toBeGreaterThan(0);
    }
  });
});

describe('preview: a malformed %-escape in the address', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    const rendererDir = tempDir('cchc-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    preview = await startPreview({
      dataDir: tempDir(),
      rendererDir,
      port: 0,
      demo: false,
      appVersion: 'test',
      hostWorker: await builtHostWorker(),
    });
  });
  afterAll(() => preview.stop());

  it('is a 400 with a Vietnamese message, for a page and for an API call, never a 500', async () => {
    for (const res of [
      await fetch(`${preview.url}%E0%A4%A`),
      await fetch(`${preview.url}api/plans.list%ZZ`, {
        method: 'POST',
        headers: { 'x-cchc-token': preview.token, 'content-type': 'application/json' },
        body: '{}',
      }),
    ]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringContaining('Địa chỉ trang không hợp lệ') },
      });
    }
  });
});
