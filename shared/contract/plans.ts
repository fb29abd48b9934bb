import { z } from 'zod';
import { channel, ById, Done } from './channel';
import { AnnexSection, Plan, PlanFields, PlanTask } from '../domain/plan';
import { AnnexSave, ImportProblem } from '../domain/plan-annex';
import { ExportedFile } from './files';
import { DocxPreview, DocxUpload } from './plan-import';
import { AttachSignedPdfInput, SignedDocumentInfo } from '../domain/signed-document';

export const PlanSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  numberText: z.string(),
  taskCount: z.number().int(),
  updatedAt: z.string(),
  /** Its place in the year (planInForce, any date): the base plan, a linked amendment, or not linked to the year's plan. */
  role: z.enum(['base', 'amendment', 'unlinked']),
  amendKind: z.enum(['supplement', 'adjust', 'replace']),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanDetail = z.object({ plan: Plan, sections: z.array(AnnexSection), tasks: z.array(PlanTask) });
export type PlanDetail = z.infer<typeof PlanDetail>;

/** What an .xlsx would bring into the phụ lục, and every problem found (nothing written yet). */
/** A saved task no row of the sheet matched while activities point at it: keep it (default) or unlink them. */
export const RemovedLinked = z.enum(['keep', 'unlink']);
export type RemovedLinked = z.infer<typeof RemovedLinked>;
export const AnnexChanges = z.object({
  kept: z.number().int(),
  changed: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  /** Tasks the sheet dropped that activities point at, with their TT and how many. */
  linkedTasks: z.array(z.object({ taskId: z.string(), order: z.string(), content: z.string(), activities: z.number().int() })),
  keepLinked: z.boolean(),
  linkedActivities: z.number().int(),
  /** Activities that would lose their link (0 while the linked tasks are kept). */
  unlinkedActivities: z.number().int(),
});
export type AnnexChanges = z.infer<typeof AnnexChanges>;

export const ImportPreview = z.object({
  columns: z.array(z.object({ header: z.string(), field: z.string() })),
  sections: z.array(z.object({ title: z.string(), taskCount: z.number().int() })),
  looseCount: z.number().int(),
  taskCount: z.number().int(),
  problems: z.array(ImportProblem),
  problemCount: z.number().int(),
  sample: z.array(z.string()),
  /** What applying would do to the saved tasks (db/services/annex-reimport.ts), before "Áp dụng". */
  changes: AnnexChanges,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const PlanPart = z.enum(['all', 'annex']);
/** An uploaded .xlsx: its name (for messages) and bytes; ~10 MB at most. */
const XlsxUpload = z
  .object({
    planId: z.uuid(),
    fileName: z.string().min(1).max(260),
    base64: z.string().max(14_000_000),
    removedLinked: RemovedLinked.default('keep'),
  })
  .strict();

export const planChannels = {
  'plans.list': channel(z.object({ year: z.number().int().nullable().default(null) }).strict(), z.array(PlanSummary)),
  'plans.get': channel(ById, PlanDetail),
  'plans.create': channel(PlanFields, Plan),
  'plans.update': channel(z.object({ id: z.uuid(), fields: PlanFields }).strict(), Plan),
  'plans.delete': channel(ById, Done),
  'plans.copyToYear': channel(z.object({ id: z.uuid(), year: z.number().int().min(2000).max(2100) }).strict(), PlanDetail),
  'plans.saveAnnex': channel(AnnexSave, PlanDetail),
  'plans.exportPdf': channel(z.object({ id: z.uuid(), part: PlanPart.default('all') }).strict(), ExportedFile),
  'plans.exportDocx': channel(z.object({ id: z.uuid(), part: PlanPart.default('all') }).strict(), ExportedFile),
  'plans.exportXlsx': channel(ById, ExportedFile),
  'plans.xlsxTemplate': channel(z.object({ id: z.uuid().nullable().default(null) }).strict(), ExportedFile),
  'plans.importPreview': channel(XlsxUpload, ImportPreview),
  'plans.importApply': channel(XlsxUpload, PlanDetail),
  'plans.docxPreview': channel(DocxUpload, DocxPreview),
  'plans.docxApply': channel(DocxUpload, PlanDetail),
  // "Đính kèm bản đã ký số" of a plan (or its Quyết định ban hành), as for a submitted report.
  'plans.signed.attach': channel(AttachSignedPdfInput, SignedDocumentInfo),
  'plans.signed.get': channel(ById, SignedDocumentInfo.nullable()),
  'plans.signed.open': channel(ById, ExportedFile),
};
