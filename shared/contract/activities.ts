import { z } from 'zod';
import { channel, ById, Done, NoInput } from './channel';
import { ExportedFile } from './files';
import { PlayLogInput, PlayLogPreview, PlayLogResult } from './play-log';
import { journalPeriodChannels } from './journal-periods';
import {
  Activity,
  ActivityFields,
  ActivityListQuery,
  ActivityRepeat,
  ActivitySeriesInput,
  ActivityUpdateInput,
  Dashboard,
  DashboardQuery,
  EvidenceUpload,
  ImportInput,
  ImportPreview,
  PlanProgress,
  TaskStatusInput,
} from '../domain/activity';
import { CommunicationForm, Id } from '../domain/common';

/**
 * One page of the list. `total` is counted no further than listCountCap(query)
 * (shared/domain/list-count.ts): `totalCapped` says there are more rows than `total`, and the
 * next page is worth asking for. An exact figure comes from `activities.count`.
 */
export const ActivityPage = z.object({ rows: z.array(Activity), total: z.number().int(), totalCapped: z.boolean() });
export type ActivityPage = z.infer<typeof ActivityPage>;

/** A file chosen in the form, saved together with the activity. */
export const EvidenceFile = EvidenceUpload.omit({ activityId: true });
/**
 * "Lưu hoạt động": a new activity (or a series of dates), or an edit (`id`), together with the
 * chosen files — one call, one transaction: all of it is saved, or nothing.
 */
export const ActivitySaveInput = z
  .object({
    id: Id.nullable().default(null),
    fields: ActivityFields,
    repeat: ActivityRepeat.nullable().default(null),
    files: z.array(EvidenceFile).max(20, { message: 'Mỗi lần lưu tối đa 20 tệp kiểm chứng.' }).default([]),
  })
  .strict();
export type ActivitySaveInput = z.infer<typeof ActivitySaveInput>;

/** One line of the task picker: light (no progress figures). */
export const TaskOption = z.object({
  taskId: Id,
  planId: Id,
  planTitle: z.string(),
  year: z.number().int(),
  position: z.number().int(),
  /** The TT every screen prints for the task ("2", "I.3", "BS.1"): shared/domain/task-label.ts. */
  order: z.string(),
  content: z.string(),
});
export type TaskOption = z.infer<typeof TaskOption>;

export const activityChannels = {
  'activities.create': channel(ActivityFields, Activity),
  'activities.list': channel(ActivityListQuery, ActivityPage),
  /** The exact number of activities a filter selects (paging fields ignored): never capped. */
  'activities.count': channel(ActivityListQuery, z.object({ total: z.number().int() })),
  'activities.createSeries': channel(ActivitySeriesInput, z.array(Activity)),
  'activities.get': channel(ById, Activity),
  'activities.update': channel(ActivityUpdateInput, Activity),
  'activities.delete': channel(ById, Done),
  'activities.restore': channel(ById, Activity),
  'activities.lastUsed': channel(z.object({ kind: CommunicationForm }).strict(), Activity.nullable()),
  'activities.units': channel(NoInput, z.array(z.string())),
  'activities.exportXlsx': channel(ActivityListQuery, ExportedFile),
  'activities.importPreview': channel(ImportInput, ImportPreview),
  'activities.importApply': channel(ImportInput, z.object({ created: z.number().int() })),
  'activities.playLogPreview': channel(PlayLogInput, PlayLogPreview),
  'activities.playLogApply': channel(PlayLogInput, PlayLogResult),
  /** Done vs target per task and the plan's completion %, for any screen that shows a plan. */
  'activities.progress': channel(z.object({ planId: Id }).strict(), PlanProgress),
  'activities.setTaskStatus': channel(TaskStatusInput, Done),
  'activities.dashboard': channel(DashboardQuery, Dashboard),
  'activities.save': channel(ActivitySaveInput, z.array(Activity)),
  /** Every live task of every plan, for the task pickers. */
  'activities.taskOptions': channel(NoInput, z.array(TaskOption)),
  /** The Nhật ký's report periods and the note after saving into a submitted one (contract/journal-periods.ts). */
  ...journalPeriodChannels,
};
