import type { ActivityFields, ActivityKind } from '../../shared/domain/activity';
import { prng } from './placeholders';
import { addDays, between, dayOfYear, HAMLETS, pick, pickKind, TOPICS, UNITS, type DemoTasks, type Rand } from './year-vocabulary';

/** The year and seed of the demo (xã Quyết Thắng, 2026): the same seed gives the same year. */
export const DEMO_YEAR = 2026;
export const DEMO_SEED = 2026;

/** One activity of the given form on the given date, with believable details. */
function makeActivity(r: Rand, i: number, kind: ActivityKind, date: string, tasks: DemoTasks): ActivityFields {
  const topic = pick(r, TOPICS);
  const month = Number(date.slice(5, 7));
  const q1 = month <= 3;
  const base = { date, areas: topic.areas, note: '' };
  switch (kind) {
    case 'broadcast': {
      const newsKind = pick(r, ['tin', 'tin', 'tin', 'bai', 'bai', 'phongSu', 'chuyenMuc'] as const);
      const label = { tin: 'Tin', bai: 'Bài', phongSu: 'Phóng sự', chuyenMuc: 'Chuyên mục' }[newsKind];
      const slots = r() < 0.6 ? ['06:00', '17:00'] : [pick(r, ['06:00', '06:30', '17:00', '17:30'])];
      return {
        ...base,
        title: `${label} phát thanh: ${topic.text}`,
        taskId: r() < 0.9 ? tasks.radio : null,
        unitName: UNITS.center,
        note: slots.length > 1 ? 'Phát 2 buổi sáng, chiều' : '',
        details: {
          kind,
          newsKind,
          slots,
          durationMinutes: newsKind === 'tin' ? between(r, 3, 5) : between(r, 8, 15),
          repeats: slots.length * between(r, 1, 2),
          station: 'Đài truyền thanh xã',
        },
      };
    }
    case 'online': {
      const channel = q1 && r() < 0.5 ? 'portal' : pick(r, ['portal', 'portal', 'fanpage', 'zalo', 'facebook'] as const);
      const postKind = pick(r, ['tin', 'tin', 'bai', 'anh', 'video'] as const);
      const where = {
        portal: 'Cổng thông tin điện tử xã',
        fanpage: 'Fanpage UBND xã',
        zalo: 'nhóm Zalo các thôn',
        facebook: 'Facebook "Xã Quyết Thắng"',
        other: 'trang khác',
      }[channel];
      const url =
        channel === 'portal'
          ? `https://quyetthang.haiphong.gov.vn/cchc/${topic.short}-${i}`
          : channel === 'zalo'
            ? ''
            : `https://www.facebook.com/ubndxaquyetthang/posts/${100000 + i * 37}`;
      return {
        ...base,
        title: `${postKind === 'video' ? 'Video' : postKind === 'anh' ? 'Ảnh' : postKind === 'bai' ? 'Bài viết' : 'Tin'} trên ${where}: ${topic.text}`,
        taskId: channel === 'portal' && q1 ? tasks.portal : channel === 'portal' ? (r() < 0.5 ? tasks.visual : null) : tasks.visual,
        unitName: channel === 'portal' ? UNITS.vhxh : pick(r, [UNITS.vhxh, UNITS.youth, UNITS.center]),
        details: { kind, channel, postKind, url, views: channel === 'zalo' ? null : between(r, 80, 2400) },
      };
    }
    case 'visual': {
      const visualKind = pick(r, ['bangRon', 'bangRon', 'pano', 'apPhich', 'khauHieu'] as const);
      const label = { bangRon: 'Treo băng rôn', pano: 'Dựng pano', apPhich: 'Dán áp phích', khauHieu: 'Kẻ khẩu hiệu' }[visualKind];
      const size = { bangRon: '0,8 x 10 m', pano: '2,4 x 4,8 m', apPhich: 'A2', khauHieu: '0,6 x 6 m' }[visualKind];
      const places = [
        pick(r, HAMLETS),
        pick(r, ['Trụ sở UBND xã', 'Trung tâm Phục vụ hành chính công xã', 'Nhà văn hóa xã', 'Chợ Quyết Thắng']),
      ];
      return {
        ...base,
        title: `${label} tuyên truyền ${topic.text}`,
        taskId: tasks.visual,
        unitName: UNITS.center,
        details: {
          kind,
          visualKind,
          count: visualKind === 'apPhich' ? between(r, 10, 30) : between(r, 1, 4),
          size,
          locations: places.join('; '),
          startDate: date,
          endDate: addDays(date, between(r, 14, 45)),
        },
      };
    }
    case 'meeting': {
      const meetingKind = pick(r, ['hoiNghi', 'tapHuan', 'tapHuan', 'toaDam', 'hoiThao'] as const);
      const label = { hoiNghi: 'Hội nghị', tapHuan: 'Tập huấn', toaDam: 'Tọa đàm', hoiThao: 'Hội thảo' }[meetingKind];
      const hamlet = pick(r, HAMLETS);
      const inHamlet = meetingKind === 'toaDam' || r() < 0.3;
      return {
        ...base,
        title: `${label} ${topic.text}${inHamlet ? ` tại ${hamlet}` : ''}`,
        taskId: null,
        unitName: pick(r, [UNITS.vhxh, UNITS.office, UNITS.women, UNITS.youth]),
        details: {
          kind,
          meetingKind,
          venue: inHamlet ? `Nhà văn hóa ${hamlet}` : 'Hội trường UBND xã',
          attendees: inHamlet ? between(r, 35, 90) : between(r, 45, 140),
          attendeeGroups: inHamlet ? 'Nhân dân, hội viên các đoàn thể' : 'Cán bộ, công chức xã; trưởng thôn; bộ phận một cửa',
          chairedBy: pick(r, ['Phó Chủ tịch UBND xã', 'Chủ tịch UBND xã', 'Trưởng phòng Văn hóa - Xã hội']),
        },
      };
    }
    case 'contest': {
      const end = addDays(date, between(r, 10, 30));
      return {
        ...base,
        title: `Cuộc thi tìm hiểu ${topic.text}`,
        taskId: null,
        unitName: pick(r, [UNITS.youth, UNITS.women, UNITS.vhxh]),
        details: {
          kind,
          startDate: date,
          endDate: end,
          participants: between(r, 60, 420),
          prizes: '01 giải Nhất, 02 giải Nhì, 03 giải Ba, 05 giải Khuyến khích',
        },
      };
    }
    case 'tthcPosting':
      return {
        ...base,
        areas: ['procedures'],
        title: `Niêm yết công khai thủ tục hành chính: ${topic.text}`,
        taskId: null,
        unitName: UNITS.office,
        details: {
          kind,
          place: pick(r, ['Trung tâm Phục vụ hành chính công xã', 'Bảng tin trụ sở UBND xã', 'Cổng thông tin điện tử xã']),
          procedureCount: between(r, 6, 120),
        },
      };
    case 'publication': {
      const publicationKind = pick(r, ['toGap', 'toGap', 'toRoi', 'banTin', 'video'] as const);
      const label = { toGap: 'Phát hành tờ gấp', toRoi: 'Phát tờ rơi', banTin: 'Bản tin', video: 'Video clip' }[publicationKind];
      return {
        ...base,
        title: `${label} ${topic.text}`,
        taskId: null,
        unitName: pick(r, [UNITS.vhxh, UNITS.center, UNITS.women]),
        details: { kind, publicationKind, count: publicationKind === 'video' ? between(r, 1, 3) : between(r, 100, 1200) },
      };
    }
  }
}

/**
 * The demo's one "changed after submission" example: a hamlet meeting of February whose minutes
 * reached the officer only in April, after Quý I had been submitted. The 6 tháng and 9 tháng
 * reports' cộng dồn list it (db/demo/year-history.ts logs it on `loggedOn`).
 */
export const LATE_ENTRY = {
  date: '2026-02-27',
  title: 'Tọa đàm về dịch vụ công trực tuyến tại thôn Đông',
  loggedOn: '2026-04-03',
} as const;

/** The anchors every real year has, whatever the PRNG says (the Q1 conference, the plan's posting, the late entry). */
function anchors(tasks: DemoTasks): ActivityFields[] {
  return [
    {
      date: LATE_ENTRY.date,
      title: LATE_ENTRY.title,
      taskId: null,
      areas: ['digitalGov'],
      unitName: UNITS.women,
      note: 'Hội Liên hiệp Phụ nữ xã gửi biên bản muộn; nhập bổ sung sau khi đã nộp báo cáo Quý I',
      details: {
        kind: 'meeting',
        meetingKind: 'toaDam',
        venue: 'Nhà văn hóa thôn Đông',
        attendees: 46,
        attendeeGroups: 'Nhân dân, hội viên các đoàn thể',
        chairedBy: 'Phó Chủ tịch UBND xã',
      },
    },
    {
      date: '2026-01-20',
      title: 'Đăng tải Kế hoạch tuyên truyền CCHC năm 2026 trên Cổng thông tin điện tử xã',
      taskId: tasks.portal,
      areas: ['institutions'],
      unitName: UNITS.vhxh,
      note: '',
      details: {
        kind: 'online',
        channel: 'portal',
        postKind: 'tin',
        url: 'https://quyetthang.haiphong.gov.vn/cchc/ke-hoach-2026',
        views: 312,
      },
    },
    {
      date: '2026-02-26',
      title: 'Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026',
      taskId: tasks.meeting,
      areas: ['institutions'],
      unitName: UNITS.vhxh,
      note: 'Lồng ghép hội nghị giao ban tháng 2',
      details: {
        kind: 'meeting',
        meetingKind: 'hoiNghi',
        venue: 'Hội trường UBND xã',
        attendees: 85,
        attendeeGroups: 'Cán bộ, công chức xã; trưởng thôn',
        chairedBy: 'Phó Chủ tịch UBND xã',
      },
    },
  ];
}

/**
 * `count` activities of `year` dated up to `today`, sorted by date. The same seed, count and
 * today give the same list. Large counts (bench) are spread the same way.
 */
export function generateYearActivities(
  tasks: DemoTasks,
  count: number,
  opts: { seed?: number; today?: string; year?: number } = {},
): ActivityFields[] {
  const year = opts.year ?? DEMO_YEAR;
  const r = prng(opts.seed ?? DEMO_SEED);
  const last = opts.today && opts.today < `${year}-12-31` ? opts.today : `${year}-12-31`;
  const span = Math.max(1, Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${year}-01-02T00:00:00Z`)) / 86_400_000) + 1);
  const fixed = year === DEMO_YEAR ? anchors(tasks).filter((a) => a.date <= last) : [];
  const out: ActivityFields[] = [...fixed];
  if (last < `${year}-01-02`) return out.slice(0, count);
  // The small year has no twice-logged activity (same day, same title); bench sizes may.
  const seen = count <= 5_000 ? new Set(out.map((a) => `${a.date} ${a.title}`)) : null;
  for (let i = 0; out.length < count; i++) {
    const date = dayOfYear(year, 1 + Math.floor(r() * span));
    if (date > last) continue;
    const a = makeActivity(r, i, pickKind(r), date, tasks);
    if (seen) {
      const key = `${a.date} ${a.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(a);
  }
  return out.slice(0, count).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
