import { invoke } from '../bridge';
import { createFileImportStore } from './file-import';
import type { DocxPreview } from '../../../shared/contract/plan-import';
import type { PlanDetail } from '../../../shared/contract/plans';

/** "Nhập kế hoạch từ Word": the chosen file, what the app recognised in it, and the apply step. */
export const usePlanDocxImport = createFileImportStore<DocxPreview, PlanDetail, []>({
  preview: (file) => invoke('plans.docxPreview', file),
  apply: (file) => invoke('plans.docxApply', file),
});
