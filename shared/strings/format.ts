/** The words of shared/format.ts: dates in documents, period names, version labels. */
export const formatText = {
  nd30Date: (day: string, month: string, year: string) => `ngày ${day} tháng ${month} năm ${year}`,
  periodName: {
    q1: (y: number) => `Quý I/${y}`,
    q2: (y: number) => `Quý II/${y}`,
    q3: (y: number) => `Quý III/${y}`,
    q4: (y: number) => `Quý IV/${y}`,
    h1: (y: number) => `6 tháng đầu năm ${y}`,
    m9: (y: number) => `9 tháng năm ${y}`,
    year: (y: number) => `Năm ${y}`,
  },
  adhocName: (from: string, to: string) => `Đột xuất ${from}–${to}`,
  versionSubmitted: (v: number, time: string, date: string) => `Bản ${v}, nộp lúc ${time} ngày ${date}`,
  versionDraft: (v: number) => `Bản ${v} (bản nháp)`,
} as const;
