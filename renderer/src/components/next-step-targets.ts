import { createDueReport } from '../stores/first-steps';
import type { NextSteps, StepKey } from '../../../shared/domain/next-steps';
import { vi } from '../../../shared/strings/index';

/** Where each step's button leads (the home checklist and the "Bước tiếp" buttons). */
export const STEP_TARGET: Record<StepKey, (s: NextSteps) => Promise<string>> = {
  plan: async (s) => (s.steps[0]?.done ? '/plans' : '/plans/new'),
  log: async () => '/activities/new',
  // The report that is due opens at once: its draft, or a new one made from the log.
  report: async (s) => {
    const due = s.dueNext;
    if (!due) return '/reports';
    if (due.draftId) return `/reports/${due.draftId}`;
    return `/reports/${await createDueReport(due.kind, due.year)}`;
  },
  send: async () => '/bundles',
};

/** A step's button text: "Lập báo cáo Quý IV/2026" names the report that is due. */
export function stepButtonText(key: StepKey, s: NextSteps): string {
  const h = vi.home;
  return key === 'report' && s.dueNext ? `${h.steps.report.button} ${s.dueNext.label}` : h.steps[key].button;
}
