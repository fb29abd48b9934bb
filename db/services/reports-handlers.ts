import type { AreaHandlers } from './area-handlers';
import { createReport, exportReport, getReportRules, getReportView, listPeriods, reviseReport, saveReportDoc, saveReportRules, submitCheck, submitReport } from './reports';

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
} satisfies AreaHandlers<'reports'>;
