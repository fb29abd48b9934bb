import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { usbFolder } from '../helpers/bundles';
import { saveCommuneSettings } from '../../db/services/settings';
import { createPlanWithAnnex } from '../../db/services/plans';
import { createActivities } from '../../db/services/activities';
import { getKeyCard } from '../../db/services/keys';
import { verifyBundle } from '../../db/services/bundle-format';
import { dispatch } from '../../shared/contract/dispatch';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';
import { capitalizeFirst, findMalformedText, isWellFormedText, repairMalformedText, truncateText } from '../../shared/text';

/**
 * The one text rule (issue 14 §1): strings crossing the contract are well-formed, text is cut
 * between graphemes, and text stored malformed before the rule never blocks "Gửi tỉnh".
 */
const openApp = testApps();
const COMMUNE = {
  communeName: 'xã Quyết Thắng',
  communeCode: '10903',
  province: 'thành phố Hải Phòng',
  officerName: 'Nguyễn Thị Lan',
  officerTitle: '',
};
const EMOJI = '👨‍👩‍👧'; // a family: five code points, eight UTF-16 units, one grapheme
const withEmojiAt = (p: number) => `${'Tuyên truyền CCHC '.repeat(20).slice(0, p)}${EMOJI}😀 tiếp theo ${'x'.repeat(40)}`;
const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const graphemesOf = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);

const DOC = fs.readFileSync(path.join(__dirname, '../../docs/bundle-format.md'), 'utf8');
const pythonRecipe = /<!-- verify_cchc\.py -->\s*```\w+\n([\s\S]*?)```\s*<!-- \/verify_cchc\.py -->/.exec(DOC)![1]!;

describe('truncateText: the one way text is shortened', () => {
  it('never splits a grapheme, never exceeds the limit, keeps a prefix of whole graphemes', () => {
    const grapheme = fc.constantFrom('a', 'ệ', 'Đ', '😀', EMOJI, '🇻🇳', 'e\u0301', ' ');
    fc.assert(
      fc.property(
        fc.array(grapheme, { maxLength: 80 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('…', ''),
        (parts, max, ellipsis) => {
          const s = parts.join('');
          const out = truncateText(s, max, ellipsis);
          expect(isWellFormedText(out)).toBe(true);
          if (s.length <= max) {
            expect(out).toBe(s);
            return;
          }
          expect(out.length).toBeLessThanOrEqual(Math.max(max, ellipsis.length));
          const kept = out.slice(0, out.length - ellipsis.length);
          expect(s.startsWith(kept)).toBe(true);
          expect(graphemesOf(s).slice(0, graphemesOf(kept).length).join('')).toBe(kept);
        },
      ),
    );
  });

  it('capitalizes a whole first grapheme', () => {
    expect(capitalizeFirst('ệt')).toBe('Ệt');
    expect(isWellFormedText(capitalizeFirst('😀a'))).toBe(true);
  });

  it('finds and repairs lone surrogates in values and keys', () => {
    expect(findMalformedText({ a: ['ok', { b: 'x\uD800' }] })).toEqual(['a', 1, 'b']);
    expect(findMalformedText({ ['k\uDC00']: 1 })).toHaveLength(1);
    expect(findMalformedText({ a: `ok ${EMOJI}` })).toBeNull();
    const fixed = repairMalformedText({ a: ['\uD83D', 'ok'], b: { c: 'z\uDE00' } });
    expect(fixed).toEqual({ value: { a: ['\uFFFD', 'ok'], b: { c: 'z\uFFFD' } }, repaired: 2 });
  });
});

describe('the contract refuses lone surrogates, in Vietnamese, once for every channel', () => {
  it('a lone surrogate anywhere in any input (value or key) is refused and nothing is written', async () => {
    const a = await openApp();
    await saveCommuneSettings(a.ctx, COMMUNE);
    const count = () => (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
    const activity = {
      date: '2026-03-02',
      title: 'Phát thanh tin \uD83D',
      details: { kind: 'broadcast', newsKind: 'tin', slots: ['sáng'], durationMinutes: 10, repeats: 1 },
    };
    const cases: [string, unknown][] = [
      ['activities.create', activity],
      ['activities.create', { ...activity, title: 'ok', details: { ...activity.details, slots: ['\uDE00'] } }],
      ['settings.save', { ...COMMUNE, officerName: 'Lan\uD800' }],
      ['activities.list', { search: '\uDBFF' }],
      ['units.create', { name: 'Đoàn', kind: 'organisation', ['x\uD800']: 1 }],
    ];
    for (const [channel, input] of cases) {
      const env = await dispatch(a.handlers, channel, input);
      expect(env.ok, channel).toBe(false);
      if (env.ok) continue;
      expect(env.error.code).toBe('INVALID_INPUT');
      expect(env.error.message).toMatch(/ký tự không hợp lệ/);
    }
    expect(count()).toBe(0);
  });
});

describe('an emoji anywhere in a report never blocks "Gửi tỉnh"', () => {
  it("emoji at every position 290–310 of the tasks and the narrative: submitted, bundled, verified (also by the doc's Python recipe)", async () => {
    const a = await openApp();
    await saveCommuneSettings(a.ctx, COMMUNE);
    const texts = Array.from({ length: 21 }, (_, i) => withEmojiAt(290 + i));
    await createPlanWithAnnex(a.ctx, {
      fields: {
        year: 2026,
        title: `Tuyên truyền CCHC năm 2026 ${EMOJI}`,
        issuer: 'UBND xã Quyết Thắng',
        annex: { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
      } as never,
      sections: [],
      tasks: texts.map((content) => ({ content, status: 'inProgress' as const })),
    });
    await createActivities(
      a.ctx,
      texts.map((t, i) => ({
        date: `2026-02-${String(i + 1).padStart(2, '0')}`,
        title: truncateText(t, 300),
        details: { kind: 'broadcast', newsKind: 'tin', slots: [truncateText(t, 40, '')], durationMinutes: 5, repeats: 1 },
      })) as never,
      'test',
    );
    const created = await dispatch(a.handlers, 'reports.create', { kind: 'q1', year: 2026 });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const view = await dispatch(a.handlers, 'reports.get', { id });
    if (!view.ok) throw new Error(view.error.message);
    const doc = (view.value as { report: { doc: Record<string, unknown> & { sections: Record<string, string> } } }).report.doc;
    const sections = Object.fromEntries(Object.keys(doc.sections).map((k) => [k, texts.join('\n')]));
    const saved = await dispatch(a.handlers, 'reports.saveDoc', {
      id,
      doc: {
        ...doc,
        numberText: 'Số: 15/BC-UBND',
        reportDate: '2026-03-16',
        signer: { ...(doc.signer as object), name: 'Trần Văn Bình' },
        title: truncateText(withEmojiAt(300), 500),
        sections,
      },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const submitted = await dispatch(a.handlers, 'reports.submit', { id });
    if (!submitted.ok) throw new Error(submitted.error.message);

    const snapshot = (a.ctx.sqlite.prepare('SELECT snapshot FROM reports WHERE id = ?').get(id) as { snapshot: string }).snapshot;
    expect(findMalformedText(JSON.parse(snapshot))).toBeNull();

    const folder = usbFolder();
    const written = await dispatch(a.handlers, 'bundles.create', { what: { kind: 'report', reportId: id }, folder });
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toMatchObject({ verified: true, repairedTexts: 0 });
    const file = (written.value as { path: string }).path;
    const card = await getKeyCard(a.ctx);
    const check = verifyBundle(fs.readFileSync(file), [card]);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.payload.tasks.map((t) => t.content)).toEqual(texts);

    const dir = tempDir('cchc-text-');
    fs.writeFileSync(path.join(dir, 'verify_cchc.py'), pythonRecipe);
    fs.writeFileSync(path.join(dir, 'card.json'), JSON.stringify(card));
    // The recipe takes the key card first, then bundles; it reads the schemas from docs/.
    const env = { ...process.env, CCHC_SCHEMA_DIR: path.join(__dirname, '../../docs') };
    const out = execFileSync('python3', [path.join(dir, 'verify_cchc.py'), path.join(dir, 'card.json'), file], { encoding: 'utf8', env });
    expect(out.trim()).toBe(`OK ${file} commune 10903 seq 1 activities 21`);
  });

  it('text stored malformed before the rule is repaired in the bundle with a note, and the bundle verifies', async () => {
    const a = await openApp();
    await saveCommuneSettings(a.ctx, COMMUNE);
    await createActivities(
      a.ctx,
      [
        { date: '2026-02-02', title: 'Phát thanh', details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 } },
      ] as never,
      'test',
    );
    // What an older version stored: text cut in the middle of an emoji, kept as a JSON escape.
    a.ctx.sqlite
      .prepare('UPDATE activities SET details = ?')
      .run(
        JSON.stringify({ kind: 'broadcast', newsKind: 'tin', slots: [], durationMinutes: 5, repeats: 1, station: 'Đài 😀'.slice(0, 5) }),
      );
    const written = await dispatch(a.handlers, 'bundles.create', { what: { kind: 'changes' }, folder: usbFolder() });
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toMatchObject({ verified: true, repairedTexts: 1 });
    const check = verifyBundle(fs.readFileSync((written.value as { path: string }).path), [await getKeyCard(a.ctx)]);
    expect(check.ok && (check.payload.activities[0]!.details as { station?: string }).station).toBe('Đài \uFFFD');
  });
});

describe('the Excel import cuts a slot between graphemes', () => {
  it('a "Khung giờ" cell with an emoji at every position 35–45 imports whole letters only, within 40 units', async () => {
    const a = await openApp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lịch phát');
    ws.addRow(['Ngày', 'Nội dung', 'Khung giờ', 'Thời lượng']);
    for (let p = 35; p <= 45; p++) ws.addRow([`0${(p % 9) + 1}/04/2026`, `Bản tin số ${p}`, `${'g'.repeat(p)}😀${EMOJI} buổi sáng`, 5]);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const env = await dispatch(a.handlers, 'activities.importApply', { base64 });
    expect(env).toMatchObject({ ok: true, value: { created: 11 } });
    const slots = (a.ctx.sqlite.prepare('SELECT details FROM activities').all() as { details: string }[]).flatMap(
      (r) => (JSON.parse(r.details) as { slots: string[] }).slots,
    );
    expect(slots).toHaveLength(11);
    for (const s of slots) {
      expect(isWellFormedText(s)).toBe(true);
      expect(s.length).toBeLessThanOrEqual(40);
    }
  });
});
