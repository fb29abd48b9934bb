import type { AreaHandlers } from './area-handlers';
import { exportProvinceConfig, getReportProfile, importProvinceConfig, saveReportProfile } from './report-profile';
import { createReport, getReportView, reviseReport, saveReportDoc, submitCheck, submitReport } from './reports';
import { exportReport } from './report-export';
import { getReportRules, saveReportRules } from './report-rules';
import { listPeriods } from './report-periods';
import { attachSignedReportPdf, getSignedPdf, openSignedPdf } from './signed-documents';

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
  'reports.signed.attach': attachSignedReportPdf,
  'reports.signed.get': getSignedPdf('report'),
  'reports.signed.open': openSignedPdf('report'),
} satisfies AreaHandlers<'reports'>;
