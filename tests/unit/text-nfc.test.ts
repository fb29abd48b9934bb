import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { z } from 'zod';
import { dispatch, VERBATIM_INPUT_KEYS } from '../../shared/contract/dispatch';
import { contract } from '../../shared/contract/index';
import { createActivities } from '../../db/services/activities';
import { saveCommuneSettings } from '../../db/services/settings';
import { createReport, saveReportDoc, submitReport } from '../../db/services/reports';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';
import { toNfcDeep } from '../../shared/text';
import { up as migrate0024 } from '../../db/migrations/0024_text_nfc';

/**
 * One form for the same letters (issue 12): whatever the officer types, NFC or NFD (Unikey
 * "Unicode tổ hợp", pasted Word text), the services store s.normalize('NFC'), and an NFD and an
 * NFC input give the same rows. The oracle is the database itself, read back with plain SQL.
 */
const openApp = testApps();
type App = Awaited<ReturnType<typeof openApp>>;

/** Letters as both keyboards give them, marks in both orders, emoji, spaces. */
const piece = fc.constantFrom(
  'a',
  'Đ',
  'ệ',
  'e\u0323\u0302', // ệ decomposed, marks in canonical order
  'e\u0302\u0323', // the same letter, marks in the other order
  'ư\u0300',
  'u\u031b\u0300',
  'Quý',
  'Qu\u0079\u0301',
  ' ',
  '1.200',
  '😀',
  'ö',
  'o\u0308',
);
const officerText = fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => `Tin ${p.join('')} x`);

const MARK = '§';
/** Every string leaf equal to MARK replaced by `s`: the text fields of a valid input. */
const fill = (v: unknown, s: string): unknown =>
  v === MARK
    ? s
    : Array.isArray(v)
      ? v.map((x) => fill(x, s))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, s)]))
        : v;

/** One channel per area with every officer-typed text field marked. */
const CALLS: { channel: string; input: (ids: { planId: string }) => unknown }[] = [
  { channel: 'units.create', input: () => ({ name: MARK, kind: 'organisation' }) },
  {
    channel: 'plans.create',
    input: () => ({
      year: 2026,
      title: MARK,
      parentBody: MARK,
      issuer: MARK,
      numberText: MARK,
      place: MARK,
      opening: MARK,
      closing: MARK,
      recipients: [MARK, MARK],
      signer: { authority: MARK, deputy: MARK, position: MARK, name: MARK },
      annex: { heading: MARK, title: MARK, subtitle: MARK, orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
    }),
  },
  {
    channel: 'plans.saveAnnex',
    input: ({ planId }) => ({
      planId,
      sections: [],
      tasks: [
        {
          id: crypto.randomUUID(),
          content: MARK,
          formsText: MARK,
          timeText: MARK,
          leadUnit: MARK,
          coopUnits: MARK,
          product: MARK,
          note: MARK,
        },
      ],
    }),
  },
  {
    channel: 'activities.create',
    input: () => ({
      date: '2026-03-02',
      title: MARK,
      unitName: MARK,
      note: MARK,
      details: { kind: 'meeting', meetingKind: 'hoiNghi', venue: MARK, attendeeGroups: MARK, chairedBy: MARK, attendees: 30 },
    }),
  },
];

/** Every text cell of the commune's tables, ids and times masked, in a stable order. */
function dump(a: App): string[] {
  const tables = ['settings', 'units', 'plans', 'plan_sections', 'plan_tasks', 'activities', 'reports'];
  const mask = (v: unknown) =>
    String(v)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'T');
  return tables.flatMap((t) =>
    (a.ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[]).map(
      (r) =>
        `${t}: ${Object.keys(r)
          .sort()
          .map((k) => `${k}=${mask(r[k])}`)
          .join(' | ')}`,
    ),
  );
}

async function enter(a: App, s: string): Promise<void> {
  const settings = { communeName: s, communeCode: '10903', province: s, officerName: s, officerTitle: s };
  const saved = await dispatch(a.handlers, 'settings.save', settings);
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  let planId = '';
  for (const c of CALLS) {
    const env = await dispatch(a.handlers, c.channel, fill(c.input({ planId }), s));
    expect(env.ok, `${c.channel}: ${JSON.stringify(env)}`).toBe(true);
    if (c.channel === 'plans.create' && env.ok) planId = (env.value as { id: string }).id;
  }
  // The report's text: every field of the document the officer writes.
  const r = await dispatch(a.handlers, 'reports.create', { kind: 'q1', year: 2026 });
  if (!r.ok) throw new Error(r.error.message);
  const doc = {
    numberText: MARK,
    place: MARK,
    reportDate: '2026-03-16',
    title: MARK,
    addressee: MARK,
    sections: { results: MARK, shortcomings: MARK, causes: MARK, directions: MARK, proposals: MARK },
    signer: { authority: MARK, deputy: MARK, position: MARK, name: MARK },
    recipients: [MARK],
  };
  const saved2 = await dispatch(a.handlers, 'reports.saveDoc', fill({ id: (r.value as { id: string }).id, doc }, s));
  expect(saved2.ok, JSON.stringify(saved2)).toBe(true);
}

describe('NFC at the contract: every text the officer types is stored in NFC', () => {
  it('stored form = s.normalize("NFC") in every marked field; NFD and NFC inputs give identical rows', async () => {
    await fc.assert(
      fc.asyncProperty(officerText, async (s) => {
        const nfc = s.normalize('NFC');
        const rows: string[][] = [];
        for (const form of [s.normalize('NFD'), nfc, s]) {
          const a = await openApp();
          await enter(a, form);
          const d = dump(a);
          // Each table got the text, in NFC (JSON columns hold it as JSON writes it: unescaped).
          for (const t of ['settings', 'units', 'plans', 'plan_tasks', 'activities', 'reports'])
            expect(
              d.some((line) => line.startsWith(`${t}:`) && line.includes(nfc)),
              t,
            ).toBe(true);
          expect(d.every((line) => line === line.normalize('NFC'))).toBe(true);
          rows.push(d);
          await a.close();
        }
        expect(rows[0]).toEqual(rows[1]);
        expect(rows[2]).toEqual(rows[1]);
      }),
      { numRuns: 8 },
    );
  });

  it('the settings a service reads back are the NFC text, field by field', async () => {
    const a = await openApp();
    const nfd = 'xã Quyết Thắng'.normalize('NFD');
    await dispatch(a.handlers, 'settings.save', {
      communeName: nfd,
      communeCode: '10903',
      province: 'Hải Phòng'.normalize('NFD'),
      officerName: 'Lan',
      officerTitle: '',
    });
    const got = await dispatch(a.handlers, 'settings.get', {});
    expect(got).toMatchObject({
      ok: true,
      value: { communeName: 'xã Quyết Thắng'.normalize('NFC'), province: 'Hải Phòng'.normalize('NFC') },
    });
  });

  it('toNfcDeep = a plain recursive NFC of every string and key (verbatim keys kept), and survives 100,000 levels', () => {
    const oracle = (v: unknown, keep: ReadonlySet<string>): unknown =>
      typeof v === 'string'
        ? v.normalize('NFC')
        : Array.isArray(v)
          ? v.map((x) => oracle(x, keep))
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.normalize('NFC'), keep.has(k) ? x : oracle(x, keep)]))
            : v;
    const text = fc.oneof(officerText, fc.string({ unit: 'grapheme' }), fc.constantFrom('path', 'folder', 'title'));
    const json = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v')),
        fc.dictionary(text, tie('v')),
      ),
    })).v;
    fc.assert(
      fc.property(json, (v) => {
        const nfd = oracle(v, new Set()) as unknown;
        expect(toNfcDeep(v, VERBATIM_INPUT_KEYS)).toEqual(oracle(v, VERBATIM_INPUT_KEYS));
        expect(toNfcDeep(nfd)).toEqual(oracle(v, new Set()));
      }),
      { numRuns: 500 },
    );
    // "__proto__" from JSON.parse is an own key and stays one (a zod strict object then refuses it).
    const hostile = JSON.parse('{"__proto__": {"x": "Quy\u0301"}, "t": "Quy\u0301"}') as object;
    const out = toNfcDeep(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 't']);
    expect(out.t).toBe('Quý');
    let deep: unknown = 'Quý'.normalize('NFD');
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => toNfcDeep(deep)).not.toThrow();
  });

  it('a path is passed byte for byte: an NFD folder name is another folder on disk', async () => {
    const nfd = '/media/USB/Báo cáo'.normalize('NFD');
    expect(toNfcDeep({ folder: nfd, path: nfd, title: nfd }, VERBATIM_INPUT_KEYS)).toEqual({
      folder: nfd,
      path: nfd,
      title: nfd.normalize('NFC'),
    });
  });
});

describe('the NFC rule covers every channel, and only paths, base64 and secrets are kept verbatim', () => {
  it('every string field of every channel input is either normalized or declared verbatim, and every path-like field is verbatim', () => {
    const keys = new Set<string>();
    const walk = (s: unknown, key: string): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      const type = o.type;
      if (type === 'string' || (Array.isArray(type) && type.includes('string'))) keys.add(key);
      for (const [k, v] of Object.entries((o.properties as object) ?? {})) walk(v, k);
      for (const k of ['items', 'additionalProperties']) walk(o[k], key);
      for (const k of ['anyOf', 'oneOf', 'allOf']) for (const v of (o[k] as unknown[]) ?? []) walk(v, key);
      for (const v of Object.values((o.$defs as object) ?? {})) walk(v, key);
    };
    for (const def of Object.values(contract)) walk(z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }), '');
    expect(keys.size).toBeGreaterThan(50);
    // A field that names a place on disk, file bytes or a secret must reach the service byte for byte.
    const pathLike = [...keys].filter((k) => /path|folder|^dir$|directory|^file$|keyFile|base64|passphrase|password/i.test(k));
    expect(pathLike.sort()).toEqual([...VERBATIM_INPUT_KEYS].filter((k) => keys.has(k)).sort());
    // And everything else (titles, names, notes, report text…) is normalized: the verbatim list is short.
    expect(VERBATIM_INPUT_KEYS.size).toBeLessThanOrEqual(8);
  });
});

describe('the app itself writes NFC', () => {
  it('every source file (UI strings, drafts, demo data) is NFC, so what the app drafts compares with what is typed', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? (e.name === 'node_modules' ? [] : files(p)) : /\.(ts|tsx|json|md)$/.test(e.name) ? [p] : [];
      });
    const all = ['shared', 'db', 'renderer/src', 'electron', 'preview', 'cli', 'docs'].flatMap((d) => files(path.join(process.cwd(), d)));
    expect(all.length).toBeGreaterThan(100);
    const decomposed = all.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return text !== text.normalize('NFC');
    });
    expect(decomposed).toEqual([]);
  });
});

describe('search finds the text whichever form it was stored or typed in', () => {
  it('an NFC query finds NFD-stored text and an NFD query finds NFC-stored text', async () => {
    const a = await openApp();
    await saveCommuneSettings(a.ctx, { communeName: 'xã A', communeCode: '10903', province: 'P', officerName: 'L', officerTitle: '' });
    const bc = (title: string) => ({
      date: '2026-03-02',
      title,
      details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
    });
    // Stored before the rule (straight through the service, as old versions did).
    await createActivities(a.ctx, [bc('Tuyên truyền thủ tục đất đai'.normalize('NFD')), bc('Hội nghị tiếp dân')] as never, 'test');
    const titles = async (search: string) => {
      const env = await dispatch(a.handlers, 'activities.list', { search });
      if (!env.ok) throw new Error(env.error.message);
      return (env.value as { rows: { title: string }[] }).rows.map((i) => i.title.normalize('NFC'));
    };
    expect(await titles('thủ tục đất đai')).toEqual(['Tuyên truyền thủ tục đất đai']);
    expect(await titles('thủ tục đất đai'.normalize('NFD'))).toEqual(['Tuyên truyền thủ tục đất đai']);
    expect(await titles('tiếp dân'.normalize('NFD'))).toEqual(['Hội nghị tiếp dân']);
  });
});

describe('migration 0024: text stored before the rule becomes NFC; frozen reports stay frozen', () => {
  it('commune name, activity, unit filter fixed; a submitted report keeps its snapshot and hash byte for byte', async () => {
    const a = await openApp();
    const D = (s: string) => s.normalize('NFD');
    await saveCommuneSettings(a.ctx, {
      communeName: D('xã Quyết Thắng'),
      communeCode: '10903',
      province: D('Hải Phòng'),
      officerName: 'L',
      officerTitle: '',
    });
    const act = (unitName: string) => ({
      date: '2026-01-10',
      title: D('Tin phát thanh về thủ tục 한국'), // Hangul: NFD splits it into jamo
      unitName,
      note: D('Ghi chú\n\u0301 lạ'),
      details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 2 },
    });
    await createActivities(a.ctx, [act(D('Đài truyền thanh xã'))] as never, 'test');
    const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    const doc = { ...r.doc, numberText: '15/BC-UBND', reportDate: '2026-03-16', signer: { ...r.doc.signer, name: D('Trần Văn Bình') } };
    await saveReportDoc(a.ctx, { id: r.id, doc: { ...doc, sections: { ...doc.sections, causes: D('Nguyên nhân khách quan') } } });
    await submitReport(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z');
    const draft = await createReport(a.ctx, { kind: 'q2', year: 2026, from: null, to: null, deadline: null });
    await saveReportDoc(a.ctx, {
      id: draft.id,
      doc: { ...draft.doc, sections: { ...draft.doc.sections, causes: D('Nguyên nhân chủ quan') } },
    });
    const frozen = () => a.ctx.sqlite.prepare('SELECT narrative, snapshot, snapshot_hash, updated_at FROM reports WHERE id = ?').get(r.id);
    const before = frozen();
    const stamps = () => a.ctx.sqlite.prepare('SELECT updated_at FROM activities').all();
    const stampsBefore = stamps();
    const derivedBefore = a.ctx.sqlite.prepare('SELECT search_text, title_key FROM activities').all();

    await a.ctx.db.transaction().execute((trx) => migrate0024(trx));

    const setting = a.ctx.sqlite.prepare("SELECT value FROM settings WHERE value LIKE '%10903%'").get() as { value: string };
    expect(setting.value).toContain('xã Quyết Thắng'.normalize('NFC'));
    const row = a.ctx.sqlite.prepare('SELECT title, unit_name, note, details FROM activities').get() as Record<string, string>;
    expect(row).toMatchObject({
      title: 'Tin phát thanh về thủ tục 한국',
      unit_name: 'Đài truyền thanh xã',
      note: 'Ghi chú\n\u0301 lạ'.normalize('NFC'),
    });
    expect(() => JSON.parse(row.details!)).not.toThrow();
    // The unit filter (an equality in SQL) now finds the NFC name typed today.
    const env = await dispatch(a.handlers, 'activities.list', { unitName: 'Đài truyền thanh xã' });
    expect(env.ok && (env.value as { rows: unknown[] }).rows).toHaveLength(1);
    expect(stamps()).toEqual(stampsBefore);
    // Derived columns keep their own folding (the search text is decomposed on purpose, like the query).
    expect(a.ctx.sqlite.prepare('SELECT search_text, title_key FROM activities').all()).toEqual(derivedBefore);
    expect(frozen()).toEqual(before);
    const draftRow = a.ctx.sqlite.prepare('SELECT narrative FROM reports WHERE id = ?').get(draft.id) as { narrative: string };
    expect(draftRow.narrative).toContain('Nguyên nhân chủ quan'.normalize('NFC'));
    expect(draftRow.narrative).toBe(draftRow.narrative.normalize('NFC'));
  });
});
