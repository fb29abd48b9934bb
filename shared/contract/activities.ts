import { z } from 'zod';
import { channel, ById, Done, NoInput } from './channel';
import { ExportedFile } from './files';
import {
  Activity,
  ActivityFields,
  ActivityListQuery,
  ActivitySeriesInput,
  ActivityUpdateInput,
  Dashboard,
  DashboardQuery,
  ImportInput,
  ImportPreview,
  PlanProgress,
  TaskStatusInput,
} from '../domain/activity';
import { CommunicationForm, Id } from '../domain/common';

export const ActivityPage = z.object({ rows: z.array(Activity), total: z.number().int() });
export type ActivityPage = z.infer<typeof ActivityPage>;

export const activityChannels = {
  'activities.create': channel(ActivityFields, Activity),
  'activities.list': channel(ActivityListQuery, ActivityPage),
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
  /** Done vs target per task and the plan's completion %, for any screen that shows a plan. */
  'activities.progress': channel(z.object({ planId: Id }).strict(), PlanProgress),
  'activities.setTaskStatus': channel(TaskStatusInput, Done),
  'activities.dashboard': channel(DashboardQuery, Dashboard),
};
