import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/strings/index';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { countActivities, createActivities, listActivities } from '../../db/services/activities';
import { ActivityListQuery, KIND_SORT_ORDER } from '../../shared/domain/activity';
import { CCHC_AREAS, COMMUNICATION_FORMS } from '../../shared/domain/common';
import { foldVietnamese } from '../../shared/text';
import { LIST_COUNT_CAP, listCountCap } from '../../shared/domain/list-count';
import { generateActivity } from '../../bench/suites/activities';

const open = testApps();

interface Row {
  rid: number;
  id: string;
  date: string;
  kind: string;
  evidence_count: number;
  area_mask: number;
  unit_name: string;
  task_id: string | null;
  title_key: string;
  unit_key: string;
}

/** SQLite's order: NULL first, then numbers, then strings by code unit (ASCII keys here). */
const cmp = (a: unknown, b: unknown): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : (a as number) < (b as number) ? -1 : 1);

/** The list's documented order, written again from the sort's meaning, not from the repository. */
function sortKey(r: Row, sort: ActivityListQuery['sort']): unknown[] {
  switch (sort) {
    case 'date':
      return [r.date, r.kind, r.evidence_count, r.area_mask, r.unit_name, r.task_id, r.rid];
    case 'title':
      return [r.title_key, r.rid];
    case 'kind':
      return [KIND_SORT_ORDER.indexOf(r.kind as never), r.date, r.rid];
    case 'unitName':
      return [r.unit_key, r.date, r.rid];
  }
}

describe('activity list: page and capped total equal a plain recount', () => {
  it('over random filters, sorts and pages (3,500 rows: both the small and the large plans, counts past the cap)', async () => {
    const app = await open();
    // Enough rows that the repository switches to its index-walking plans (> 3,000 rows, > 2,000
    // matches) and that broad filters pass the list's count cap (2,000).
    await createActivities(
      app.ctx,
      Array.from({ length: 3_500 }, (_, i) => generateActivity(i)),
      'test',
    );
    app.ctx.sqlite.prepare(`UPDATE activities SET deleted_at = '2026-06-01T00:00:00.000Z' WHERE rowid % 11 = 0`).run();
    const live = app.ctx.sqlite.prepare(`SELECT rowid AS rid, * FROM activities WHERE deleted_at IS NULL`).all() as Row[];
    const searchWords = ['ho so', 'vneid', 'chu ky s', 'tin phat thanh so 12', 'hoi nghi', 'xyz khong co', 'Đăng tải'];
    const filters = {
      search: fc.constantFrom('', '', ...searchWords),
      // Each filter is as often absent as present, so broad lists (past the count cap) come up.
      kinds: fc.oneof(fc.constant([]), fc.subarray([...COMMUNICATION_FORMS], { maxLength: 3 })),
      area: fc.option(fc.constantFrom(...CCHC_AREAS), { nil: null, freq: 2 }),
      from: fc.option(fc.constantFrom('2025-01-01', '2025-07-15', '2026-04-01'), { nil: null, freq: 2 }),
      to: fc.option(fc.constantFrom('2025-12-31', '2026-06-30', '2026-12-31'), { nil: null, freq: 2 }),
      unitName: fc.option(fc.constantFrom('Trung tâm sự nghiệp công', 'Đoàn Thanh niên xã'), { nil: null, freq: 2 }),
      hasEvidence: fc.constantFrom(null, null, false, true),
      outsidePlan: fc.boolean(),
      sort: fc.constantFrom('date', 'title', 'kind', 'unitName') as fc.Arbitrary<ActivityListQuery['sort']>,
      direction: fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
    };
    const matchStmt = app.ctx.sqlite.prepare(`SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?`).pluck();
    /** The oracle: every live row (plain SQL), filtered and sorted here from the filter's meaning. */
    const expectedRows = (q: ActivityListQuery): Row[] => {
      const words = foldVietnamese(q.search)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const matched = words.length
        ? new Set(matchStmt.all(words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ')) as number[])
        : null;
      const bit = q.area ? 1 << CCHC_AREAS.indexOf(q.area) : 0;
      return live
        .filter((r) => (!matched || matched.has(r.rid)) && (!q.kinds.length || q.kinds.includes(r.kind as never)))
        .filter((r) => (!q.area || (r.area_mask & bit) !== 0) && (!q.from || r.date >= q.from) && (!q.to || r.date <= q.to))
        .filter((r) => (!q.unitName || r.unit_name === q.unitName) && (q.hasEvidence === null || r.evidence_count > 0 === q.hasEvidence))
        .filter((r) => !q.outsidePlan || r.task_id === null)
        .sort((a, b) => {
          const ka = sortKey(a, q.sort);
          const kb = sortKey(b, q.sort);
          for (let i = 0; i < ka.length; i++) {
            const c = cmp(ka[i], kb[i]);
            if (c) return q.direction === 'asc' ? c : -c;
          }
          return 0;
        });
    };
    const broad = { search: '', kinds: [] as never[], area: null, from: null, to: null, unitName: null, hasEvidence: null };
    let cappedSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ ...filters, offset: fc.constantFrom(0, 0, 37, 250, 1_950, 2_000, 3_400), limit: fc.constantFrom(1, 20, 100) }),
        async (input) => {
          const q = ActivityListQuery.parse(input);
          const expected = expectedRows(q);
          const cap = listCountCap(q);
          const page = await listActivities(app.ctx, q);
          expect(page.total).toBe(Math.min(expected.length, cap));
          expect(page.totalCapped).toBe(expected.length > cap);
          if (page.totalCapped) cappedSeen++;
          expect(page.rows.map((r) => r.id)).toEqual(expected.slice(q.offset, q.offset + q.limit).map((r) => r.id));
          // The exact count, for the callers that need one, is never capped.
          expect((await countActivities(app.ctx, q)).total).toBe(expected.length);
        },
      ),
      {
        numRuns: 120,
        // Broad lists past the cap in every sort, whatever the random runs draw.
        examples: (
          [
            ['date', 'asc', 0, 100],
            ['title', 'asc', 37, 20],
            ['kind', 'desc', 250, 1],
            ['unitName', 'desc', 0, 100],
          ] as const
        )
          .map(([sort, direction, offset, limit], i) => ({ ...broad, outsidePlan: i % 2 === 1, sort, direction, offset, limit }))
          .map((e): [typeof e] => [e]),
      },
    );
    // The property above must have met the cap, or it proves nothing about it.
    expect(cappedSeen).toBeGreaterThan(0);

    // Paging as the list screen does (next page while rows remain: below the total, or the total
    // is capped): the pages, end to end, are exactly the oracle's rows in order.
    await fc.assert(
      fc.asyncProperty(fc.record({ ...filters, limit: fc.constantFrom(100, 500) }), async (input) => {
        const base = ActivityListQuery.parse(input);
        const ids: string[] = [];
        for (let offset = 0; ; offset += base.limit) {
          const page = await listActivities(app.ctx, { ...base, offset });
          ids.push(...page.rows.map((r) => r.id));
          if (!(page.totalCapped || offset + base.limit < page.total)) break;
          expect(page.rows.length).toBe(base.limit);
        }
        expect(ids).toEqual(expectedRows(base).map((r) => r.id));
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it('at the cap exactly the count is whole; one row more and it is capped', async () => {
    const app = await open();
    await createActivities(
      app.ctx,
      Array.from({ length: LIST_COUNT_CAP }, (_, i) => generateActivity(i)),
      'test',
    );
    const q = ActivityListQuery.parse({ limit: 100 });
    expect(await listActivities(app.ctx, q)).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: false });
    await createActivities(app.ctx, [generateActivity(LIST_COUNT_CAP)], 'test');
    expect(await listActivities(app.ctx, q)).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true });
    expect(await countActivities(app.ctx, q)).toEqual({ total: LIST_COUNT_CAP + 1 });
    // The last page reached counts twice as far: the whole list, exactly.
    expect(await listActivities(app.ctx, { ...q, offset: 1_900 })).toMatchObject({ total: LIST_COUNT_CAP + 1, totalCapped: false });
  }, 60_000);

  it('says "hơn 2.000 hoạt động" where the count stops', () => {
    expect(vi.activities.totalMore(LIST_COUNT_CAP)).toBe('hơn 2.000 hoạt động');
  });
});
