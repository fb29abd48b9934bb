/** The Nhật ký period filter and the "which report counts this activity" note after a save. */
const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
const dmy = (iso: string) => `${dm(iso)}/${iso.slice(0, 4)}`;

/** "15/06–14/09/2026"; across a year: "15/12/2025–14/03/2026". */
export const shortRange = (from: string, to: string) =>
  from.slice(0, 4) === to.slice(0, 4) ? `${dm(from)}–${dmy(to)}` : `${dmy(from)}–${dmy(to)}`;

export const journalPeriodsText = {
  filter: 'Kỳ',
  all: 'Mọi ngày / tự chọn',
  reportGroup: (y: number) => `Kỳ báo cáo năm ${y} (đúng số liệu của báo cáo)`,
  calendarGroup: (y: number) => `Theo tháng dương lịch năm ${y}`,
  /** The report's own name and window: "Kỳ báo cáo Quý III/2026 (15/06–14/09/2026)". */
  reportPeriod: (label: string, from: string, to: string) => `Kỳ báo cáo ${label} (${shortRange(from, to)})`,
  /** A calendar quarter, never called "Quý": "Tháng 7–9/2026". */
  calendarQuarter: (first: number, last: number, y: number) => `Tháng ${first}–${last}/${y}`,
  badKey: (key: string) => `"${key}" không phải là một kỳ báo cáo. Hãy chọn kỳ trong danh sách.`,
  /** Under the filter: what the list shows, so it can be checked against the report. */
  showing: (label: string, from: string, to: string) =>
    `Đang xem kỳ báo cáo ${label}: số liệu từ ${dmy(from)} đến ${dmy(to)}, đúng như báo cáo ${label}.`,
  /** After saving an activity whose reporting period was already submitted. */
  submittedNote: (date: string, label: string, from: string, to: string, alsoSubmitted: string[], counting: string[]) =>
    `Lưu ý: ngày ${dmy(date)} thuộc kỳ báo cáo ${label} (${shortRange(from, to)})` +
    (alsoSubmitted.length
      ? ` và ${alsoSubmitted.join(', ')}, các báo cáo này đã nộp nên không thay đổi. `
      : `, báo cáo này đã nộp nên không thay đổi. `) +
    (counting.length
      ? `Hoạt động sẽ được tính vào báo cáo ${counting.join(', ')} (phần cộng dồn ghi rõ hoạt động thêm sau khi nộp). `
      : '') +
    `Nếu cần sửa số đã nộp, mở báo cáo ${label} và bấm "Lập bản điều chỉnh".`,
  /** The province's consolidated table: the window its counts are taken over. */
  provinceWindow: (label: string, from: string, to: string) =>
    `Số hoạt động từ ${dmy(from)} đến ${dmy(to)}: thời gian chốt số liệu kỳ ${label} theo quy định báo cáo đang dùng (Cài đặt → Kỳ báo cáo và hạn nộp).`,
  /** The activities .xlsx export: what the rows are. */
  exportTitle: {
    period: (label: string, from: string, to: string) => `Nhật ký hoạt động kỳ báo cáo ${label} (số liệu từ ${dmy(from)} đến ${dmy(to)})`,
    range: (from: string | null, to: string | null) =>
      from && to
        ? `Nhật ký hoạt động từ ngày ${dmy(from)} đến ngày ${dmy(to)}`
        : from
          ? `Nhật ký hoạt động từ ngày ${dmy(from)}`
          : to
            ? `Nhật ký hoạt động đến ngày ${dmy(to)}`
            : 'Nhật ký hoạt động (tất cả các ngày)',
  },
} as const;
