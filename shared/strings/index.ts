/** Every Vietnamese string of the app, one module per area, merged here. */
import { common } from './common';
import { settingsText } from './settings';
import { plansText } from './plans';
import {
  activitiesText,
  activityKindText,
  activityFormText,
  activityListText,
  evidenceText,
  progressText,
  dashboardText,
  importText,
  exportText,
} from './activities';
import { shellText } from './shell';
import { backupText } from './backup';
import { bundlesText } from './bundles';
import { reportsText } from './reports';
import { reportLayoutText } from './report-layout';
import { reportProfileText } from './report-profile';
import { provinceDocsText } from './province-docs';
import { printText } from './print';
import { homeText } from './home';
import { journalPeriodsText } from './journal-periods';
import { demoText } from './demo';
import { decisionText } from './plan-decision';
import { docxImportText } from './plan-import';
import { playLogScreenText } from './play-log';
import { storageText } from './storage';
import { jobsText } from './jobs';
import { signedPdfText } from './signed-pdf';
import { foldersText } from './folders';

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
  reportLayout: reportLayoutText,
  reportProfile: reportProfileText,
  provinceDocs: provinceDocsText,
  print: printText,
  home: homeText,
  journalPeriods: journalPeriodsText,
  demo: demoText,
  decision: decisionText,
  planImport: docxImportText,
  playLog: playLogScreenText,
  storage: storageText,
  jobs: jobsText,
  signedPdf: signedPdfText,
  folders: foldersText,
} as const;
