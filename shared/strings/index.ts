/** Every Vietnamese string of the app, one module per area, merged here. */
import { common } from './common';
import { settingsText } from './settings';
import { plansText } from './plans';
import { activitiesText, activityKindText, activityFormText, activityListText, evidenceText, progressText, dashboardText, importText, exportText } from './activities';
import { shellText } from './shell';
import { backupText } from './backup';
import { bundlesText } from './bundles';
import { reportsText } from './reports';
import { printText } from './print';
import { homeText } from './home';
import { demoText } from './demo';
import { decisionText } from './plan-decision';
import { storageText } from './storage';

export const vi = {
  ...common,
  settings: settingsText,
  plans: plansText,
  activities: activitiesText,
  activityKinds: activityKindText,
  activityForm: activityFormText,
  activityList: activityListText,
  evidence: evidenceText,
  progress: progressText,
  dashboard: dashboardText,
  activityImport: importText,
  activityExport: exportText,
  shell: shellText,
  backup: backupText,
  bundles: bundlesText,
  reports: reportsText,
  print: printText,
  home: homeText,
  demo: demoText,
  decision: decisionText,
  storage: storageText,
} as const;
