import type { AreaHandlers } from './area-handlers';
import { exportProvinceConfig, getReportProfile, importProvinceConfig, saveReportProfile } from './report-profile';
import {
  createReport,
  exportReport,
  getReportRules,
  getReportView,
  listPeriods,
  reviseReport,
  saveReportDoc,
  saveReportRules,
  submitCheck,
  submitReport,
} from './reports';

export const reportHandlers = {
  'reports.rules.get': getReportRules,
  'reports.rules.save': saveReportRules,
  'reports.periods': listPeriods,
  'reports.create': createReport,
  'reports.get': getReportView,
  'reports.saveDoc': saveReportDoc,
  'reports.submit': (ctx, input) => submitReport(ctx, input),
  'reports.submitCheck': (ctx, input) => submitCheck(ctx, input),
  'reports.revise': reviseReport,
  'reports.export': exportReport,
  'reports.profile.get': (ctx) => getReportProfile(ctx),
  'reports.profile.save': (ctx, { profile }) => saveReportProfile(ctx, profile),
  'reports.profile.import': (ctx, { base64 }) => importProvinceConfig(ctx, Buffer.from(base64, 'base64')),
  'reports.profile.export': (ctx) => exportProvinceConfig(ctx),
} satisfies AreaHandlers<'reports'>;
