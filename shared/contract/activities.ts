import { z } from 'zod';
import { channel } from './channel';
import { Activity, ActivityFields, ActivityListQuery } from '../domain/activity';

export const ActivityPage = z.object({ rows: z.array(Activity), total: z.number().int() });
export type ActivityPage = z.infer<typeof ActivityPage>;

export const activityChannels = {
  'activities.create': channel(ActivityFields, Activity),
  'activities.list': channel(ActivityListQuery, ActivityPage),
};
