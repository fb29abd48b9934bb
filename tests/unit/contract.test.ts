import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../shared/contract/index';
import { dispatch } from '../../shared/contract/dispatch';
import { openTestApp } from '../helpers/app';
import { fileDigest } from '../helpers/temp';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp({ demo: true });
});
afterAll(() => app.close());

/** Inputs no channel accepts: wrong types, junk keys, prototype tricks. */
const WRONG_INPUTS: unknown[] = [42, 'x', null, [], true, { __proto__: { admin: true }, junk: 1 }, { junk: 'x'.repeat(10) }];

describe('the IPC contract', () => {
  it('declares an input and an output schema for every channel', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(5);
    for (const name of CHANNEL_NAMES) {
      expect(contract[name].input, name).toBeDefined();
      expect(contract[name].output, name).toBeDefined();
    }
  });

  it.each(CHANNEL_NAMES)('%s rejects wrong input with a Vietnamese error envelope and changes nothing', async (name) => {
    const before = fileDigest(app.file);
    for (const input of WRONG_INPUTS) {
      const env = await dispatch(app.handlers, name, input);
      expect(env.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe('INVALID_INPUT');
        expect(env.error.message).toMatch(/Dữ liệu nhập chưa hợp lệ/);
      }
    }
    expect(fileDigest(app.file)).toBe(before);
  });

  it('refuses an unknown channel without throwing', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const env = await dispatch(app.handlers, name, {});
      expect(env).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('turns an unexpected failure into a generic Vietnamese error, never a thrown exception', async () => {
    const handlers = {
      ...app.handlers,
      'app.info': () => {
        throw new TypeError('secret stack');
      },
    };
    const seen: unknown[] = [];
    const env = await dispatch(handlers, 'app.info', {}, { onUnexpected: (_c, e) => seen.push(e) });
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(env)).not.toContain('secret stack');
    expect(seen).toHaveLength(1);
  });

  it('answers a valid call with the value, shaped by the output schema', async () => {
    const env = await dispatch(app.handlers, 'plans.list', {});
    expect(env.ok).toBe(true);
    if (env.ok) expect(env.value).toEqual([expect.objectContaining({ year: 2026, taskCount: 4 })]);
  });
});
