import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract/index';
import { dispatch } from '../../shared/contract/dispatch';
import { testApps } from '../helpers/app';
import { fieldLabels } from '../../shared/strings/fields';

/**
 * Issue 14 §14: no English from zod can reach a screen. Every contract schema is walked; at every
 * object field, invalid values are generated from the field's own schema (wrong type, missing,
 * too big, too small, bad enum, bad format, extra keys) and every message that comes back must
 * be Vietnamese and free of zod's English.
 */
const ENGLISH =
  /\b(expected|received|invalid|required|too big|too small|must|string|number|array|object|undefined|boolean|input|option|unrecognized|key|nan|null|int)\b/i;
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (s: z.ZodType): Record<string, unknown> => (s as unknown as { _zod: { bag?: Record<string, unknown> } })._zod.bag ?? {};

/** Invalid values for one schema (the walk also descends into its children). */
function invalidValues(s: z.ZodType): unknown[] {
  const def = defOf(s);
  const bag = bagOf(s);
  const out: unknown[] = [undefined, Symbol.for('x').description, 12.5, true, null, [], { junk: 1 }];
  switch (def.type) {
    case 'string': {
      if (typeof bag.maximum === 'number' && bag.maximum < 5_000_000) out.push('x'.repeat(bag.maximum + 1));
      if (typeof bag.minimum === 'number' && bag.minimum > 0) out.push('x'.repeat(bag.minimum - 1), '');
      if (bag.format || bag.patterns) out.push('không đúng mẫu', '2026-13-45', 'ab');
      break;
    }
    case 'number':
    case 'int': {
      if (typeof bag.maximum === 'number') out.push(bag.maximum + 1);
      if (typeof bag.minimum === 'number') out.push(bag.minimum - 1);
      out.push(1.5, 12_345_678_901, -1, Number.NaN, Infinity);
      break;
    }
    case 'array': {
      if (typeof bag.maximum === 'number' && bag.maximum < 100_000) out.push(Array.from({ length: bag.maximum + 1 }, () => 'x'));
      out.push([12.5], [{}]);
      break;
    }
    case 'enum':
    case 'literal':
      out.push('zzz', 'Broadcast');
      break;
  }
  return out;
}

/** Every sub-schema, with the object schemas (the parse points that give issues a path). */
function walk(s: z.ZodType, seen: Set<unknown>, objects: z.ZodType[]): void {
  if (seen.has(s)) return;
  seen.add(s);
  const def = defOf(s);
  const kids: unknown[] = [];
  if (def.type === 'object') {
    objects.push(s);
    kids.push(...Object.values(def.shape as Record<string, z.ZodType>));
  }
  for (const k of ['innerType', 'element', 'in', 'out', 'valueType', 'keyType', 'left', 'right']) if (def[k]) kids.push(def[k]);
  if (Array.isArray(def.options)) kids.push(...def.options);
  if (Array.isArray(def.items)) kids.push(...def.items);
  if (def.type === 'lazy') kids.push((def.getter as () => unknown)());
  for (const k of kids) if (k && typeof k === 'object' && '_zod' in k) walk(k as z.ZodType, seen, objects);
}

function messagesOf(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.message);
}

describe('every contract schema speaks Vietnamese', () => {
  it('walks every channel input schema: each error message is Vietnamese, none is zod English', () => {
    const seen = new Set<unknown>();
    const bad: string[] = [];
    let messages = 0;
    for (const [name, def] of Object.entries(contract)) {
      const objects: z.ZodType[] = [];
      walk(def.input as z.ZodType, seen, objects);
      const check = (where: string, ms: string[]) => {
        for (const m of ms) {
          messages++;
          if (ENGLISH.test(m) || !VIETNAMESE.test(m)) bad.push(`${name} ${where}: ${m}`);
        }
      };
      for (const v of [undefined, 'x', 5, [], { junk: 1 }]) check('whole input', messagesOf((def.input as z.ZodType).safeParse(v)));
      for (const o of objects) {
        for (const [key, field] of Object.entries(defOf(o).shape as Record<string, z.ZodType>)) {
          for (const v of invalidValues(field)) {
            check(key, messagesOf(o.safeParse({ [key]: v })));
            check(`${key} alone`, messagesOf(field.safeParse(v)));
          }
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(messages).toBeGreaterThan(2_000);
  });

  it('every field of every channel input has a Vietnamese name for its messages (shared/strings/fields.ts)', () => {
    const keys = new Set<string>();
    const walk = (n: unknown) => {
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) keys.add(k);
      for (const v of Object.values(o)) walk(v);
    };
    for (const d of Object.values(contract)) walk(z.toJSONSchema(d.input as z.ZodType, { io: 'input', unrepresentable: 'any' }));
    expect([...keys].filter((k) => !Object.prototype.hasOwnProperty.call(fieldLabels, k))).toEqual([]);
    for (const k of keys) expect(fieldLabels[k], k).toMatch(/^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\n]*$/u);
  });

  it('a number out of range names the field in Vietnamese, through dispatch too', async () => {
    const app = await testApps()();
    const env = await dispatch(app.handlers, 'activities.create', {
      date: '2026-03-02',
      title: 'Phát thanh',
      details: { kind: 'broadcast', newsKind: 'tin', slots: [], durationMinutes: 100_000, repeats: 1 },
    });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.message).toMatch(/Thời lượng \(phút\): không được lớn hơn 1\.440/);
      expect(env.error.message).not.toMatch(ENGLISH);
    }
    const year = contract['province.status'].input.safeParse({ year: 2200 });
    expect(messagesOf(year)).toEqual(['Năm: không được lớn hơn 2.100']);
    const missing = contract['province.status'].input.safeParse({});
    expect(messagesOf(missing)).toEqual(['Năm: không được để trống']);
  });
});
