import type { ActivityKind } from '../../shared/domain/activity';
import type { CchcArea } from '../../shared/domain/common';

/**
 * What the demo commune's log is made of: its units, topics, hamlets, how often each form
 * appears, and the seeded-PRNG helpers that pick among them (db/demo/year-activities.ts).
 */

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const between = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pad = (n: number) => String(n).padStart(2, '0');

export const UNITS = {
  vhxh: 'Phòng Văn hóa - Xã hội',
  center: 'Trung tâm sự nghiệp công',
  office: 'Văn phòng HĐND và UBND xã',
  youth: 'Đoàn Thanh niên xã',
  women: 'Hội Liên hiệp Phụ nữ xã',
} as const;

export const TOPICS: { text: string; short: string; areas: CchcArea[] }[] = [
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

export const HAMLETS = ['thôn Đông', 'thôn Đoài', 'thôn Nam', 'thôn Bắc', 'thôn Trung', 'thôn Cầu', 'thôn Tiền Phong', 'thôn Quyết Tiến'];

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

export function pickKind(r: Rand): ActivityKind {
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

export function dayOfYear(year: number, n: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + n));
  // No Sundays in the office's log: move to Monday.
  if (d.getUTCDay() === 0) d.setUTCDate(d.getUTCDate() + 1);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
