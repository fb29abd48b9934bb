import type { ServiceContext } from '../services/context';
import { saveCommuneSettings } from '../services/settings';
import { createPlanWithAnnex } from '../services/plans';
import { createActivities } from '../services/activities';
import { addEvidenceBytes } from '../services/evidence';
import { createUnit } from '../services/units';
import { setTaskStatus } from '../services/progress';
import { createReport, saveReportDoc, submitReport } from '../services/reports';
import { periodDeadline, vietnamDate, type PeriodicKind } from '../../shared/domain/period';
import type { ActivityFields, ActivityKind } from '../../shared/domain/activity';
import type { CchcArea } from '../../shared/domain/common';
import { nowIso } from '../../shared/ids';
import { DEMO_COMMUNE } from './index';
import { seed001Plan } from './seed001';
import { placeholderPdf, placeholderPng, plainLetters, prng } from './placeholders';

export { placeholderPdf, placeholderPng, prng };

/**
 * The demo year: xã Quyết Thắng's 2026 as an officer would have logged it — seed 001's plan,
 * activities of every form up to today (most linked to the plan's tasks, some "ngoài kế
 * hoạch"), small real evidence files, and the Quý I–III, 6 tháng and 9 tháng reports submitted on time. Everything
 * goes through the services, like the screens do. A seeded PRNG makes it the same every run,
 * so screenshots and figures are stable; the same generator fills the bench's large logs.
 */

export const DEMO_YEAR = 2026;
export const DEMO_SEED = 2026;
export const DEMO_ACTIVITIES = 300;

export interface DemoYearOptions {
  /** Activities dated in the year up to `today` (about 300 for the realistic year). */
  activities?: number;
  seed?: number;
  /** yyyy-mm-dd; activities and reports after it are not made. Default: today in Việt Nam. */
  today?: string;
  /** Evidence files and submitted reports (the realistic year); off for bench-sized logs. */
  extras?: boolean;
}

export interface DemoYearSummary {
  planId: string;
  activities: number;
  evidenceFiles: number;
  reports: { kind: PeriodicKind; id: string; submittedAt: string }[];
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const between = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, '0');

const UNITS = {
  vhxh: 'Phòng Văn hóa - Xã hội',
  center: 'Trung tâm sự nghiệp công',
  office: 'Văn phòng HĐND và UBND xã',
  youth: 'Đoàn Thanh niên xã',
  women: 'Hội Liên hiệp Phụ nữ xã',
} as const;

const TOPICS: { text: string; short: string; areas: CchcArea[] }[] = [
  {
    text: 'hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia',
    short: 'dich-vu-cong-truc-tuyen',
    areas: ['procedures', 'digitalGov'],
  },
  { text: 'kích hoạt tài khoản định danh điện tử VNeID mức độ 2', short: 'vneid-muc-2', areas: ['digitalGov'] },
  {
    text: 'thanh toán trực tuyến phí, lệ phí khi giải quyết thủ tục hành chính',
    short: 'thanh-toan-truc-tuyen',
    areas: ['procedures', 'digitalGov'],
  },
  { text: 'kết quả công tác cải cách hành chính năm 2025 của xã', short: 'ket-qua-cchc-2025', areas: ['institutions'] },
  { text: 'Kế hoạch cải cách hành chính năm 2026 của UBND xã', short: 'ke-hoach-cchc-2026', areas: ['institutions'] },
  { text: 'Chỉ số hài lòng của người dân, tổ chức (SIPAS)', short: 'chi-so-sipas', areas: ['civilService'] },
  { text: 'giải pháp nâng cao Chỉ số cải cách hành chính (PAR INDEX)', short: 'par-index', areas: ['institutions'] },
  { text: 'văn hóa công vụ, đạo đức công vụ của cán bộ, công chức', short: 'van-hoa-cong-vu', areas: ['civilService'] },
  { text: 'liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT', short: 'lien-thong-khai-sinh', areas: ['procedures'] },
  { text: 'thủ tục hành chính lĩnh vực hộ tịch, chứng thực', short: 'ho-tich-chung-thuc', areas: ['procedures'] },
  { text: 'nhận và trả kết quả thủ tục hành chính qua bưu chính công ích', short: 'buu-chinh-cong-ich', areas: ['procedures'] },
  { text: 'chuyển đổi số cấp xã, xây dựng chính quyền số', short: 'chuyen-doi-so', areas: ['digitalGov'] },
  {
    text: 'đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính',
    short: 'duong-day-nong',
    areas: ['procedures', 'civilService'],
  },
  {
    text: 'cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công',
    short: 'mot-cua-lien-thong',
    areas: ['procedures', 'apparatus'],
  },
  { text: 'tổ chức bộ máy chính quyền địa phương hai cấp', short: 'chinh-quyen-hai-cap', areas: ['apparatus'] },
  { text: 'thủ tục cấp giấy chứng nhận quyền sử dụng đất', short: 'cap-giay-chung-nhan', areas: ['procedures'] },
  { text: 'sử dụng chữ ký số cá nhân khi thực hiện dịch vụ công', short: 'chu-ky-so', areas: ['digitalGov'] },
  { text: 'công khai tài chính, ngân sách xã năm 2026', short: 'cong-khai-ngan-sach', areas: ['publicFinance'] },
];

const HAMLETS = ['thôn Đông', 'thôn Đoài', 'thôn Nam', 'thôn Bắc', 'thôn Trung', 'thôn Cầu', 'thôn Tiền Phong', 'thôn Quyết Tiến'];

/** How often each form appears in a commune's log (of 100). */
const KIND_WEIGHTS: [ActivityKind, number][] = [
  ['broadcast', 34],
  ['online', 25],
  ['tthcPosting', 11],
  ['publication', 10],
  ['visual', 9],
  ['meeting', 8],
  ['contest', 3],
];

function pickKind(r: Rand): ActivityKind {
  let x = r() * 100;
  for (const [k, w] of KIND_WEIGHTS) if ((x -= w) < 0) return k;
  return 'broadcast';
}

/** Plan task ids in the phụ lục's order: portal (Q1), visual (year), radio (year), meeting (Q1). */
export interface DemoTasks {
  portal: string | null;
  visual: string | null;
  radio: string | null;
  meeting: string | null;
}

function dayOfYear(year: number, n: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + n));
  // No Sundays in the office's log: move to Monday.
  if (d.getUTCDay() === 0) d.setUTCDate(d.getUTCDate() + 1);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

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

/** The anchors every real year has, whatever the PRNG says (the Q1 conference, the plan's posting). */
function anchors(tasks: DemoTasks): ActivityFields[] {
  return [
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

const slug = (s: string) =>
  plainLetters(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);

// ---------------------------------------------------------------------------- the year

/** The reports of the year and when the officer sent them (a few days before the deadline; 6 tháng and 9 tháng with Quý II and III). */
const REPORTS: { kind: PeriodicKind; numberText: string; daysEarly: number }[] = [
  { kind: 'q1', numberText: '21/BC-UBND', daysEarly: 4 },
  { kind: 'q2', numberText: '58/BC-UBND', daysEarly: 1 },
  { kind: 'h1', numberText: '59/BC-UBND', daysEarly: 1 },
  { kind: 'q3', numberText: '97/BC-UBND', daysEarly: 3 },
  { kind: 'm9', numberText: '98/BC-UBND', daysEarly: 3 },
];

async function settingsAndPlan(ctx: ServiceContext): Promise<{ planId: string; tasks: DemoTasks }> {
  await saveCommuneSettings(ctx, DEMO_COMMUNE);
  for (const name of Object.values(UNITS)) {
    await createUnit(ctx, {
      name,
      kind: name.startsWith('Phòng') ? 'office' : name.startsWith('Trung tâm') || name.startsWith('Văn phòng') ? 'center' : 'organisation',
    });
  }
  const { plan, tasks } = await createPlanWithAnnex(ctx, seed001Plan);
  const [portal, visual, radio, meeting] = tasks.map((t) => t.id);
  return { planId: plan.id, tasks: { portal: portal ?? null, visual: visual ?? null, radio: radio ?? null, meeting: meeting ?? null } };
}

/** Fill an empty database with the demo year. */
export async function seedDemoYear(ctx: ServiceContext, opts: DemoYearOptions = {}): Promise<DemoYearSummary> {
  const today = opts.today ?? vietnamDate(nowIso());
  const seed = opts.seed ?? DEMO_SEED;
  const count = opts.activities ?? DEMO_ACTIVITIES;
  const extras = opts.extras ?? count <= 5_000;
  const { planId, tasks } = await settingsAndPlan(ctx);
  const inputs = generateYearActivities(tasks, count, { seed, today });
  const BATCH = 10_000;
  const rows = [];
  for (let i = 0; i < inputs.length; i += BATCH)
    rows.push(...(await createActivities(ctx, inputs.slice(i, i + BATCH), DEMO_COMMUNE.officerName)));
  const summary: DemoYearSummary = { planId, activities: rows.length, evidenceFiles: 0, reports: [] };
  if (!extras) return summary;

  // Evidence: what an officer keeps — photos of banners and meetings, the posted page, the scanned list.
  const r = prng(seed + 1);
  for (const [i, row] of rows.entries()) {
    const kind = row.kind as ActivityKind;
    const chance = { visual: 0.95, meeting: 0.9, contest: 0.9, tthcPosting: 0.7, publication: 0.6, online: 0.45, broadcast: 0.25 }[kind];
    if (r() >= chance) continue;
    const name = slug(row.title);
    if (kind === 'broadcast' || kind === 'tthcPosting' || kind === 'publication') {
      await addEvidenceBytes(ctx, row.id, `${name}.pdf`, placeholderPdf(row.title, row.date));
      summary.evidenceFiles += 1;
    } else {
      const photos = kind === 'online' ? 1 : between(r, 1, 3);
      for (let p = 0; p < photos; p++)
        await addEvidenceBytes(ctx, row.id, `anh-${p + 1}-${name}.png`, placeholderPng(seed * 100_000 + i * 10 + p));
      summary.evidenceFiles += photos;
      if (kind === 'meeting' || kind === 'contest') {
        await addEvidenceBytes(ctx, row.id, `giay-moi-${name}.pdf`, placeholderPdf(`Giấy mời: ${row.title}`, row.date));
        summary.evidenceFiles += 1;
      }
    }
  }

  // The officer marks the Q1 tasks done when Q1 closes; the year-long ones are under way.
  if (tasks.portal && today >= '2026-03-31') await setTaskStatus(ctx, { taskId: tasks.portal, status: 'done', statusDate: '2026-03-31' });
  if (tasks.meeting && today >= '2026-02-26') await setTaskStatus(ctx, { taskId: tasks.meeting, status: 'done', statusDate: '2026-02-26' });
  for (const id of [tasks.visual, tasks.radio])
    if (id) await setTaskStatus(ctx, { taskId: id, status: 'inProgress', statusDate: '2026-01-15' });

  // Reports: opened, numbered, dated and signed, then submitted a few days before the deadline.
  for (const rep of REPORTS) {
    const deadline = periodDeadline(rep.kind, DEMO_YEAR);
    const sentOn = addDays(deadline, -rep.daysEarly);
    if (sentOn > today) continue;
    const draft = await createReport(ctx, { kind: rep.kind, year: DEMO_YEAR, from: null, to: null, deadline: null });
    await saveReportDoc(ctx, {
      id: draft.id,
      doc: { ...draft.doc, numberText: rep.numberText, reportDate: sentOn, signer: { ...draft.doc.signer, name: 'Mai Đàm Thanh Vân' } },
    });
    // 09:30 Việt Nam time on the day it was sent (the freeze itself is unchanged: figures as logged now).
    const submittedAt = `${addDays(sentOn, 0)}T02:30:00.000Z`;
    const sent = await submitReport(ctx, { id: draft.id }, submittedAt);
    summary.reports.push({ kind: rep.kind, id: sent.id, submittedAt });
  }
  return summary;
}
