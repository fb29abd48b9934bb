/** The home screen's next-steps checklist. */
export const homeText = {
  title: 'Việc cần làm tiếp',
  steps: {
    plan: { label: 'Lập kế hoạch năm và nhập phụ lục nhiệm vụ', button: 'Lập kế hoạch / nhập phụ lục' },
    log: { label: 'Ghi các hoạt động tuyên truyền vào nhật ký', button: 'Ghi hoạt động' },
    report: { label: 'Lập và nộp báo cáo kỳ tới hạn', button: 'Lập báo cáo' },
    send: { label: 'Ghi gói dữ liệu ra USB gửi tỉnh', button: 'Gửi tỉnh' },
  },
  done: 'Đã xong',
  /** After a step is finished, on its own screen: the next one, one click away. */
  nextStep: (button: string) => `Bước tiếp: ${button}`,
  todo: 'Chưa làm',
  dueNext: (label: string, deadline: string) => `Báo cáo tới hạn: ${label} — hạn nộp ${deadline}`,
  dueNextOverdue: (label: string, deadline: string) => `Báo cáo đã quá hạn: ${label} — hạn nộp ${deadline}`,
  dueNextNoDeadline: (label: string) => `Báo cáo tới hạn: ${label}`,
  nothingDue: 'Không có báo cáo nào đang tới hạn.',
  /** "Quý IV/2026 (số liệu 15/09–14/12/2026)": the report's name with its window. */
  dueName: (label: string, range: string | null) => (range ? `${label} (số liệu ${range})` : label),
  overdueCount: (n: number) => `Còn ${n} kỳ báo cáo đã quá hạn mà chưa nộp trong ứng dụng (xem màn hình Báo cáo).`,
  toSend: (label: string) => `Báo cáo ${label} đã nộp nhưng chưa ghi gói gửi tỉnh.`,
  lastActivity: (date: string, title: string) => `Việc làm gần nhất: ghi hoạt động ngày ${date} — ${title}`,
  lastSubmitted: (at: string, label: string) => `Việc làm gần nhất: nộp báo cáo ${label} lúc ${at}`,
  lastSent: (at: string, periods: string) => `Việc làm gần nhất: ghi gói gửi tỉnh lúc ${at}${periods ? ` (${periods})` : ''}`,
  nothingYet: 'Chưa có việc nào được ghi lại.',
} as const;
