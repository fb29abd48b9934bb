import { invoke } from '../bridge';
import { followJob } from './jobs';
import type { JobOf } from '../../../shared/contract/jobs';
import { truncateText } from '../../../shared/text';
import type { ChannelInput } from '../../../shared/contract/index';
import type { TaskOption } from '../../../shared/contract/activities';
import type { ActivityKind } from '../../../shared/domain/activity';

export interface TaskChoice {
  taskId: string;
  label: string;
  planTitle: string;
}

/** "năm · số thứ tự. nội dung" (first line, cut by grapheme). */
export function taskLabel(t: TaskOption): string {
  const content = t.content.split('\n')[0]!.replace(/^[-–•]\s*/, '');
  return `${t.year} · ${t.order}. ${truncateText(content, 91)}`;
}

/** Entering activities: the form's defaults, saving with files, the task picker, the .xlsx import. */
export const activityEntry = {
  lastUsed: (kind: ActivityKind) => invoke('activities.lastUsed', { kind }),
  /** The activity (or series, or edit) and its files: one call, one transaction. */
  save: (input: ChannelInput<'activities.save'>) => invoke('activities.save', input),
  /** Every task of every plan, from one light call (no progress figures). */
  taskChoices: async (): Promise<TaskChoice[]> =>
    (await invoke('activities.taskOptions', {})).map((t) => ({ taskId: t.taskId, planTitle: t.planTitle, label: taskLabel(t) })),
  importPreview: (input: ChannelInput<'activities.importPreview'>) => invoke('activities.importPreview', input),
  /** All or nothing, as a job: `onStatus` gets each poll for the bar; throws the Vietnamese reason. */
  async importApply(input: ChannelInput<'activities.importApply'>, onStatus: (s: JobOf<'activities.importApply'>) => void) {
    const { jobId } = await invoke('jobs.start', { job: 'activities.importApply', input });
    const end = await followJob('activities.importApply', jobId, onStatus);
    if (end.state === 'failed' || !end.result) throw new Error(end.error ?? '');
    return end.result;
  },
  units: () => invoke('activities.units', {}),
  /** The Nhật ký filter's report periods (the report's own windows), per year that has data. */
  periods: () => invoke('activities.periods', {}),
  /** After a save: the submitted report period a date falls in, if any (null otherwise). */
  periodNote: (dates: string[]) => invoke('activities.periodNote', { dates }),
  remove: (id: string) => invoke('activities.delete', { id }),
  restore: (id: string) => invoke('activities.restore', { id }),
  exportXlsx: (filter: ChannelInput<'activities.exportXlsx'>) => invoke('activities.exportXlsx', filter),
};

/** The progress screen's calls. */
export const progressActions = {
  plans: () => invoke('plans.list', {}),
  setTaskStatus: (input: ChannelInput<'activities.setTaskStatus'>) => invoke('activities.setTaskStatus', input),
};

/** The plan's produced files (PDF, .docx, .xlsx, the blank template). */
export const planFiles = {
  pdf: (id: string) => invoke('plans.exportPdf', { id, part: 'all' }),
  docx: (id: string, part: 'all' | 'annex') => invoke('plans.exportDocx', { id, part }),
  xlsx: (id: string) => invoke('plans.exportXlsx', { id }),
  template: (id: string | null) => invoke('plans.xlsxTemplate', { id }),
};
