import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { staleNumbers } from '../../shared/domain/narrative-check';
import { reportsText } from '../../shared/strings/reports';
import { parseTarget } from '../../shared/domain/target';

/**
 * The narrative check against an oracle built from the rules in docs/REPORTS.md ("Narrative
 * bound to the figures"): a number written in a drafted phrase is read whatever its grouping
 * ("1200", "1.200", "1 200", no-break or narrow no-break space) and whatever the Unicode form of
 * the text (NFC or NFD); submit is blocked exactly when its value differs from the figure, and
 * the message quotes the officer's phrase as typed.
 */
type DraftInput = Parameters<typeof reportsText.draft.results>[0];
const draft = (p: DraftInput) => reportsText.draft.results(p);

/** The number fields of the drafted "Kết quả" paragraph and how each is written. */
const FIELDS = [
  'total',
  'totalCum',
  'broadcastItems',
  'broadcastPlays',
  'broadcastMinutes',
  'visualPieces',
  'meetings',
  'attendees',
  'onlinePosts',
  'contests',
  'participants',
  'postings',
  'procedures',
  'publications',
  'tasksDone',
  'completion',
] as const;
type Field = (typeof FIELDS)[number];

const MARKER = 987_654_321;
const MARKER_TEXT = '987.654.321'; // how the draft prints it (vi-VN grouping)

/** The documented separators: a dot, or spaces within the line (any kind, any number); or none. */
const STYLES = { plain: '', dot: '.', space: ' ', nbsp: '\u00a0', nnbsp: '\u202f', thin: '\u2009', twoSpaces: '  ', tab: '\t' } as const;
type Style = keyof typeof STYLES;
const written = (n: number, style: Style) => (style === 'plain' ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, STYLES[style]));
/** The oracle's reading of a written whole number: every separator between digit groups dropped. */
const oracleValue = (s: string) => Number(s.replace(/(?<=\d)(?:\.|[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+)(?=\d{3}(?!\d))/g, ''));

const count = (min: number) => fc.integer({ min, max: 2_000_000 });
const figures = fc.record({
  total: count(1),
  totalCum: count(1),
  broadcastItems: count(1),
  broadcastPlays: count(0),
  broadcastMinutes: count(0),
  visualPieces: count(1),
  meetings: count(1),
  attendees: count(0),
  onlinePosts: count(1),
  contests: count(1),
  participants: count(0),
  postings: count(1),
  procedures: count(0),
  publications: count(1),
  tasksDone: fc.integer({ min: 0, max: 999 }),
  tasksTotal: fc.integer({ min: 1, max: 999 }),
  completion: fc.integer({ min: 0, max: 100 }),
});
const OWN_SENTENCES = ['', ' Ngày 05/3, xã phối hợp với 3 trường học tổ chức 2 buổi ngoại khóa.', ' Có 1 200 hộ dân được phát tờ rơi.'];

describe('narrative check: blocks exactly when the number in a drafted phrase disagrees', () => {
  it('any grouping style, NFC or NFD, right or wrong number: blocked iff the oracle says the value differs', () => {
    fc.assert(
      fc.property(
        figures,
        fc.constantFrom(...FIELDS),
        fc.option(count(0), { nil: null }),
        fc.constantFrom(...(Object.keys(STYLES) as Style[])),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...OWN_SENTENCES),
        (f, field: Field, wrong, style, nfd, percentSpace, own) => {
          const p: DraftInput = { phrase: 'Quý I năm 2026', commune: 'xã Quyết Thắng', ...f };
          const figure = p[field];
          const value = field === 'tasksDone' || field === 'completion' ? (wrong ?? figure) % 1000 : (wrong ?? figure);
          const typed = written(value, style);
          const officerNfc =
            draft({ ...p, [field]: MARKER }).replace(
              MARKER_TEXT + (field === 'completion' ? '%' : ''),
              typed + (field === 'completion' ? (percentSpace ? ' %' : '%') : ''),
            ) + own;
          const officer = nfd ? officerNfc.normalize('NFD') : officerNfc;
          const found = staleNumbers('Kết quả đạt được', officer, draft(p));
          const blocked = oracleValue(typed) !== figure;
          expect(found.length > 0).toBe(blocked);
          if (!blocked) return;
          expect(found).toHaveLength(1);
          // Quoted as typed: the officer's own characters, no space inserted or removed.
          expect(officerNfc.includes(found[0]!.found)).toBe(true);
          expect(found[0]!.found.startsWith(typed)).toBe(true);
          if (field === 'completion') expect(found[0]!.found).toBe(`${typed}${percentSpace ? ' %' : '%'}`);
          expect(found[0]!.expected.startsWith(figure.toLocaleString('vi-VN'))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the reviewer\'s cases: "1 200" for 120 blocks, in NFC and NFD; "100%" is quoted as typed', () => {
    const p: DraftInput = {
      phrase: 'Quý I năm 2026',
      commune: 'xã Quyết Thắng',
      total: 5,
      totalCum: 5,
      broadcastItems: 1,
      broadcastPlays: 3,
      broadcastMinutes: 15,
      visualPieces: 0,
      meetings: 1,
      attendees: 120,
      onlinePosts: 0,
      contests: 0,
      participants: 0,
      postings: 0,
      procedures: 0,
      publications: 0,
      tasksDone: 4,
      tasksTotal: 5,
      completion: 80,
    };
    const fresh = draft(p);
    const officer = fresh.replace('với 120 lượt người tham dự', 'với 1 200 lượt người tham dự');
    for (const text of [officer, officer.normalize('NFD')])
      expect(staleNumbers('Kết quả đạt được', text, fresh)).toEqual([
        { section: 'Kết quả đạt được', found: '1 200 lượt người', expected: '120 lượt người' },
      ]);
    expect(staleNumbers('S', fresh.replace('(80%)', '(100%)'), fresh)).toEqual([{ section: 'S', found: '100%', expected: '80%' }]);
    expect(staleNumbers('S', fresh.replace('(80%)', '(80 %)'), fresh)).toEqual([]);
    expect(staleNumbers('S', fresh.replace('4/5 nhiệm vụ', '5/5 nhiệm vụ'), fresh)).toEqual([
      { section: 'S', found: '5/5 nhiệm vụ', expected: '4/5 nhiệm vụ' },
    ]);
    // The commune's name stored decomposed before the NFC rule does not hide a number either.
    const nfdDraft = draft({ ...p, commune: 'xã Quyết Thắng'.normalize('NFD') });
    expect(staleNumbers('S', officer, nfdDraft)).toHaveLength(1);
  });
});

describe('Chỉ tiêu (form and phụ lục .xlsx) reads a grouped number as the narrative check does', () => {
  it('"1200", "1.200", "1 200", NBSP and narrow NBSP groups are 1200 for parseTarget too', () => {
    const single: Style[] = ['plain', 'dot', 'space', 'nbsp', 'nnbsp'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom(...single), (n, style) => {
        expect(parseTarget(` ${written(n, style)} `)).toEqual({ ok: true, value: n });
      }),
    );
  });
});
