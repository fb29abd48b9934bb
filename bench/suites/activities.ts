import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { openApp } from '../../db/host';
import { createActivities, listActivities } from '../../db/services/activities';
import { ActivityListQuery, type ActivityFields } from '../../shared/domain/activity';
import { CCHC_AREAS } from '../../shared/domain/common';
import { foldVietnamese } from '../../shared/text';
import type { BenchRow, BenchSuite } from '../harness';
import { percentile, timeIt, timeAsync } from '../harness';

export const BENCH_ACTIVITIES = 200_000;

const TOPICS = [
  'hướng dẫn đăng tải hồ sơ trực tuyến trên Cổng dịch vụ công',
  'cài đặt và kích hoạt tài khoản định danh điện tử VNeID',
  'tuyên truyền Nghị quyết của Đảng về cải cách hành chính',
  'thanh toán không dùng tiền mặt khi nộp phí, lệ phí',
  'bộ thủ tục hành chính lĩnh vực hộ tịch, chứng thực',
  'Chỉ số hài lòng SIPAS và PAPI năm nay',
  'áp dụng ISO 9001 trong giải quyết thủ tục',
  'kỷ luật, kỷ cương hành chính của cán bộ, công chức',
  'chuyển đổi số cấp xã và chữ ký số',
  'đất đai, xây dựng và cấp giấy chứng nhận',
];
const UNITS = [
  'Phòng Văn hóa - Xã hội',
  'Trung tâm sự nghiệp công',
  'Văn phòng HĐND và UBND xã',
  'Đoàn Thanh niên xã',
  'Hội Liên hiệp Phụ nữ xã',
];

/** Generated, varied activities: every form, two years of dates, ten topics, five units. */
export function generateActivity(i: number): ActivityFields {
  // Independent pseudo-random choices per field, so filters combine like real data.
  const h = (salt: number) => Math.floor((Math.abs(Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453) % 1) * 1e6);
  const topic = TOPICS[h(1) % TOPICS.length]!;
  const date = `${2025 + (h(2) % 2)}-${String((h(3) % 12) + 1).padStart(2, '0')}-${String((h(4) % 28) + 1).padStart(2, '0')}`;
  const common = {
    date,
    taskId: null,
    areas: [CCHC_AREAS[h(5) % 6]!],
    unitName: UNITS[h(6) % UNITS.length]!,
    note: i % 7 === 0 ? `Ghi chú số ${i}` : '',
  };
  switch (i % 7) {
    case 0:
      return {
        ...common,
        title: `Tin phát thanh số ${i}: ${topic}`,
        details: { kind: 'broadcast', newsKind: 'tin', slots: ['06:00'], durationMinutes: 5, repeats: 1, station: `Cụm loa thôn ${i % 9}` },
      };
    case 1:
      return {
        ...common,
        title: `Treo băng rôn ${topic}`,
        details: {
          kind: 'visual',
          visualKind: 'bangRon',
          count: 2,
          size: '0,8 x 10 m',
          locations: 'Trụ sở UBND xã',
          startDate: null,
          endDate: null,
        },
      };
    case 2:
      return {
        ...common,
        title: `Hội nghị ${topic}`,
        details: {
          kind: 'meeting',
          meetingKind: 'hoiNghi',
          venue: 'Hội trường UBND xã',
          attendees: 40 + (i % 60),
          attendeeGroups: 'Cán bộ, công chức',
          chairedBy: 'Phó Chủ tịch UBND xã',
        },
      };
    case 3:
      return {
        ...common,
        title: `Đăng tin ${topic} trên Cổng thông tin điện tử`,
        details: { kind: 'online', channel: 'portal', postKind: 'tin', url: `https://xa.gov.vn/tin/${i}`, views: i % 500 },
      };
    case 4:
      return {
        ...common,
        title: `Cuộc thi tìm hiểu ${topic}`,
        details: { kind: 'contest', startDate: null, endDate: null, participants: 100 + (i % 50), prizes: '' },
      };
    case 5:
      return {
        ...common,
        title: `Niêm yết ${topic}`,
        details: { kind: 'tthcPosting', place: 'Trung tâm Phục vụ hành chính công', procedureCount: 10 + (i % 90) },
      };
    default:
      return {
        ...common,
        title: `Phát tờ gấp ${topic}`,
        details: { kind: 'publication', publicationKind: 'toGap', count: 200 + (i % 300) },
      };
  }
}

const SEARCHES = [
  'dang tai ho so',
  'vneid',
  'nghi quyet',
  'tien mat',
  'ho tich chung thuc',
  'sipas',
  'iso 9001',
  'ky luat ky cuong',
  'chu ky so',
  'giay chung nhan',
  'tin phat thanh so 1234',
  'cum loa thon 3',
  'hoi nghi dinh danh',
  'DĂNG TẢI',
  'Đăng tải hồ sơ trực tuyến',
];

const FILTERS: Partial<ActivityListQuery>[] = [
  { from: '2026-04-01', to: '2026-06-30' },
  { from: '2026-04-01', to: '2026-06-30', kinds: ['broadcast'] },
  { kinds: ['meeting', 'online'], offset: 2_000 },
  { area: 'procedures', from: '2025-01-01', to: '2025-12-31' },
  { unitName: 'Trung tâm sự nghiệp công' },
  { hasEvidence: false, from: '2026-01-01', to: '2026-03-31' },
  { sort: 'title', direction: 'asc' },
  { sort: 'unitName', direction: 'desc', from: '2026-07-01', to: '2026-09-30' },
  { sort: 'kind', direction: 'asc', kinds: ['visual', 'contest'] },
  { search: 'vneid', from: '2026-01-01', to: '2026-12-31', sort: 'date' },
];

/**
 * 200,000 generated activities: search p95 and the filtered list page (count + 100 rows) p95,
 * through the real service (zod, Kysely, row parsing), each beside a raw better-sqlite3 baseline
 * of the same SQL core measured in the same run. The bulk-insert ratio is the `insert` suite.
 */
export const activitiesSuite: BenchSuite = {
  name: 'activities',
  async run(): Promise<BenchRow[]> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-act-'));
    const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'bench' });
    try {
      const inputs = Array.from({ length: BENCH_ACTIVITIES }, (_, i) => generateActivity(i));
      await timeAsync(() => createActivities(host.ctx, inputs, 'bench'));
      host.ctx.sqlite.exec('ANALYZE');
      const ctx = host.ctx;

      // Warm-up, then measure.
      for (const s of SEARCHES.slice(0, 3)) await listActivities(ctx, ActivityListQuery.parse({ search: s }));
      const searchMs: number[] = [];
      for (let r = 0; r < 8; r++)
        for (const s of SEARCHES)
          searchMs.push((await timeAsync(() => listActivities(ctx, ActivityListQuery.parse({ search: s, limit: 100 })))).ms);
      // Raw baseline: the same SQL core the repository runs, straight through better-sqlite3.
      const LIST_ORDER = 'ORDER BY date DESC, kind DESC, evidence_count DESC, area_mask DESC, unit_name DESC, task_id DESC, rowid DESC';
      const rawCount = ctx.sqlite.prepare(`SELECT count(*) FROM activities_fts WHERE activities_fts MATCH ?`);
      const rawSearch = ctx.sqlite.prepare(
        `SELECT * FROM activities WHERE deleted_at IS NULL AND +rowid IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?) ${LIST_ORDER} LIMIT 100`,
      );
      const rawSearchMs: number[] = [];
      for (let r = 0; r < 8; r++)
        for (const s of SEARCHES) {
          const words = foldVietnamese(s)
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean);
          const m = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
          rawSearchMs.push(timeIt(() => (rawCount.get(m), rawSearch.all(m))).ms);
        }

      const pageMs: number[] = [];
      const perFilter = FILTERS.map(() => [] as number[]);
      for (let r = 0; r < 5; r++)
        for (const [i, f] of FILTERS.entries()) {
          const ms = (await timeAsync(() => listActivities(ctx, ActivityListQuery.parse({ ...f, limit: 100 })))).ms;
          pageMs.push(ms);
          perFilter[i]!.push(ms);
        }
      if (process.env.BENCH_VERBOSE) {
        FILTERS.forEach((f, i) =>
          process.stderr.write(`  page ${JSON.stringify(f)}: median ${percentile(perFilter[i]!, 50).toFixed(1)} ms\n`),
        );
        SEARCHES.forEach((s, i) =>
          process.stderr.write(
            `  search ${s}: median ${percentile(
              searchMs.filter((_, j) => j % SEARCHES.length === i),
              50,
            ).toFixed(1)} ms\n`,
          ),
        );
      }
      const rawPage = ctx.sqlite.prepare(
        `SELECT * FROM activities WHERE deleted_at IS NULL AND date >= ? AND date <= ? AND +kind = ? ${LIST_ORDER} LIMIT 100`,
      );
      const rawPageCount = ctx.sqlite.prepare(
        `SELECT count(*) FROM activities WHERE deleted_at IS NULL AND date >= ? AND date <= ? AND kind = ?`,
      ); // one quarter, one form
      const rawPageMs: number[] = [];
      for (let r = 0; r < 50; r++)
        rawPageMs.push(
          timeIt(() => (rawPageCount.get('2026-04-01', '2026-06-30', 'broadcast'), rawPage.all('2026-04-01', '2026-06-30', 'broadcast')))
            .ms,
        );

      const sP95 = percentile(searchMs, 95);
      const sRaw = percentile(rawSearchMs, 95);
      const pP95 = percentile(pageMs, 95);
      const pRaw = percentile(rawPageMs, 95);
      const round = (n: number) => Math.round(n * 100) / 100;
      return [
        {
          measure: `search p95 (${BENCH_ACTIVITIES.toLocaleString('en-US')} activities, ${searchMs.length} queries, count + 100 rows; baseline: same SQL raw)`,
          value: round(sP95),
          unit: 'ms',
          baseline: round(sRaw),
          ratio: round(sP95 / Math.max(sRaw, 0.001)),
          target: '< 20 ms',
          pass: sP95 < 20,
        },
        {
          measure: `filtered list page p95 (${FILTERS.length} filters/sorts, count + 100 rows; baseline: raw SQL, quarter + form)`,
          value: round(pP95),
          unit: 'ms',
          baseline: round(pRaw),
          ratio: round(pP95 / Math.max(pRaw, 0.001)),
          target: '< 20 ms',
          pass: pP95 < 20,
        },
      ];
    } finally {
      await host.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
