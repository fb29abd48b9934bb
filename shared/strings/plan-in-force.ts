import { formatNumber } from '../format';

/**
 * The plan in force and criterion 4.1 as words (docs/REPORTS.md, "Kế hoạch đang áp dụng" and
 * "Tiêu chí 4.1"). completionLabel is the ONE place that turns done/tasks into a percentage, a
 * sentence and a score hint: 0/0 is "chưa có nhiệm vụ", never "0%" nor "0 điểm".
 */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

const num = (n: number) => formatNumber(n, 2);

export interface CompletionFigures {
  doneCount: number;
  taskCount: number;
  /** done ÷ tasks in percent (criterion41). */
  completion: number;
  /** 1 point × done ÷ tasks (criterion41); absent where no score is shown (Tiến độ). */
  score41?: number;
}

export interface CompletionLabel {
  /** False when the plan in force has no task: there is no ratio to show. */
  hasTasks: boolean;
  /** The percentage for a bar or a big number; null without tasks. */
  percent: number | null;
  /** "3/4 nhiệm vụ hoàn thành (75%)" or "Chưa có nhiệm vụ …". */
  text: string;
  /** "4.1 = 0,75 điểm" or "4.1: chưa chấm …". */
  score: string;
}

export const planInForceText = {
  noTasks: 'Chưa có nhiệm vụ',
  noTasksText: 'Chưa có nhiệm vụ: kế hoạch đang áp dụng chưa có nhiệm vụ nào nên chưa tính được tỷ lệ hoàn thành',
  noTasksScore: '4.1: chưa chấm (kế hoạch chưa có nhiệm vụ)',
  ratio: (done: number, total: number, pct: number) => `${num(done)}/${num(total)} nhiệm vụ hoàn thành (${num(pct)}%)`,
  score: (s: number) => `4.1 = ${num(s)} điểm`,
  inForce: (title: string) => `Kế hoạch đang áp dụng: ${title}`,
  notCountedTitle: 'Có kế hoạch của năm chưa được tính',
  kinds: { supplement: 'bổ sung', adjust: 'điều chỉnh', replace: 'thay thế' } as Record<string, string>,
  unlinked: (title: string, year: number, baseTitle: string) =>
    `Kế hoạch "${title}" chưa liên kết với kế hoạch năm ${year} ("${baseTitle}") nên chưa được tính vào tiến độ và báo cáo. ` +
    'Hãy mở kế hoạch, ở ô "Kế hoạch này sửa đổi, bổ sung kế hoạch" chọn kế hoạch năm rồi chọn là bổ sung, điều chỉnh hoặc thay thế; nếu tạo nhầm thì xoá kế hoạch này.',
  noTasksAmendment: (title: string, kind: string, baseTitle: string) =>
    `Kế hoạch ${kind} "${title}" chưa có nhiệm vụ nên chưa được tính; "${baseTitle}" vẫn là kế hoạch đang áp dụng. Hãy nhập nhiệm vụ vào phụ lục của kế hoạch ${kind}.`,
  notYet: (title: string, kind: string, from: string) =>
    `Kế hoạch ${kind} "${title}" có hiệu lực từ ngày ${dmy(from)}, sau kỳ này nên chưa được tính.`,
  /** The create dialog, when the year already has a plan. */
  create: {
    role: (year: number) => `Năm ${year} đã có kế hoạch. Kế hoạch mới này là`,
    roles: {
      supplement: 'Kế hoạch bổ sung — thêm nhiệm vụ, giữ nguyên nhiệm vụ đang có',
      adjust: 'Kế hoạch điều chỉnh — thay một số nhiệm vụ, giữ các nhiệm vụ khác',
      replace: 'Kế hoạch thay thế — thay toàn bộ nhiệm vụ từ ngày ban hành',
      main: 'Kế hoạch chính khác của năm (không liên kết)',
    } as Record<string, string>,
    mainHelp: (title: string) =>
      `Kế hoạch "${title}" vẫn là kế hoạch đang áp dụng; kế hoạch mới chỉ được tính khi bạn liên kết nó (bổ sung, điều chỉnh, thay thế) hoặc xoá kế hoạch cũ.`,
    amendHelp: 'Kế hoạch mới chỉ được tính khi đã có nhiệm vụ trong phụ lục; đến lúc đó kế hoạch đang áp dụng không thay đổi.',
    target: 'Kế hoạch được bổ sung, điều chỉnh, thay thế',
    title: (kind: string, year: number) =>
      `${kind[0]!.toUpperCase()}${kind.slice(1)} Kế hoạch tuyên truyền cải cách hành chính năm ${year}`,
  },
  /** The plan list's column. */
  roleLabel: {
    base: 'Kế hoạch đang áp dụng',
    amendment: (kind: string) => `Kế hoạch ${kind}`,
    unlinked: 'Chưa liên kết — không được tính',
  },
  /** Submit gate: the year has a plan but the plan in force has no task. */
  submitNoTasks: (year: number, title: string) =>
    `Chưa nộp được: kế hoạch đang áp dụng của năm ${year} ("${title}") chưa có nhiệm vụ nào nên tiêu chí 4.1 chưa tính được. ` +
    'Hãy nhập nhiệm vụ vào phụ lục của kế hoạch (mục Kế hoạch → mở kế hoạch → Phụ lục), hoặc nếu đó là kế hoạch bổ sung, điều chỉnh thì liên kết nó với kế hoạch năm; sau đó bấm "Soạn lại từ số liệu".',
  /** Submit warning: the year has no plan at all. */
  submitNoPlan: (year: number) =>
    `Năm ${year} chưa có kế hoạch tuyên truyền cải cách hành chính nên báo cáo ghi tiêu chí 4.1 là "chưa có nhiệm vụ". Nếu xã đã có kế hoạch, hãy nhập kế hoạch trước khi nộp.`,
  /** Submit warning: a plan of the year is left out of the report. */
  submitNotCounted: (title: string) => `Kế hoạch "${title}" không được tính trong báo cáo này (xem cảnh báo ở trang Tiến độ kế hoạch).`,
} as const;

/** Criterion 4.1 as shown on every screen and document. */
export function completionLabel(c: CompletionFigures): CompletionLabel {
  const t = planInForceText;
  if (c.taskCount <= 0) return { hasTasks: false, percent: null, text: t.noTasksText, score: t.noTasksScore };
  return { hasTasks: true, percent: c.completion, text: t.ratio(c.doneCount, c.taskCount, c.completion), score: t.score(c.score41 ?? 0) };
}

/** Why a plan of the year is not counted, as one sentence. */
export function notCountedText(
  p: { title: string; reason: 'unlinked' | 'noTasks' | 'notYet'; amendKind: string; effective: string },
  year: number,
  baseTitle: string,
): string {
  const t = planInForceText;
  const kind = t.kinds[p.amendKind] ?? '';
  if (p.reason === 'unlinked') return t.unlinked(p.title, year, baseTitle);
  if (p.reason === 'noTasks') return t.noTasksAmendment(p.title, kind, baseTitle);
  return t.notYet(p.title, kind, p.effective);
}
