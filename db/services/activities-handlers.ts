import type { AreaHandlers } from './area-handlers';
import {
  activityUnitNames,
  countActivities,
  createActivity,
  createActivitySeries,
  deleteActivity,
  getActivity,
  lastUsedActivity,
  listActivities,
  restoreActivity,
  updateActivity,
} from './activities';
import { applyImport, exportActivitiesXlsx, previewImport } from './activities-xlsx';
import { dashboard, planProgress, setTaskStatus } from './progress';
import { applyPlayLog, previewPlayLog } from './play-log-import';
import { saveActivity, taskOptions } from './activity-save';
import { journalPeriods, periodNote } from './journal-periods';

export const activityHandlers = {
  'activities.create': createActivity,
  'activities.list': listActivities,
  'activities.count': countActivities,
  'activities.createSeries': createActivitySeries,
  'activities.get': getActivity,
  'activities.update': updateActivity,
  'activities.delete': deleteActivity,
  'activities.restore': restoreActivity,
  'activities.lastUsed': lastUsedActivity,
  'activities.units': activityUnitNames,
  'activities.exportXlsx': exportActivitiesXlsx,
  'activities.importPreview': previewImport,
  'activities.importApply': applyImport,
  'activities.playLogPreview': previewPlayLog,
  'activities.playLogApply': applyPlayLog,
  'activities.progress': planProgress,
  'activities.setTaskStatus': setTaskStatus,
  'activities.dashboard': dashboard,
  'activities.save': saveActivity,
  'activities.taskOptions': taskOptions,
  'activities.periods': journalPeriods,
  'activities.periodNote': periodNote,
} satisfies AreaHandlers<'activities'>;
