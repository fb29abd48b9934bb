import { z } from 'zod';
import { CchcArea, CommunicationForm, Count, Id, IsoDate, RequiredText, RowMeta, Text } from './common';

/** When a task happens, machine-readable, beside the free text printed in the phụ lục. */
export const TaskSpan = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year') }).strict(),
  z.object({ kind: z.literal('quarter'), quarter: z.number().int().min(1).max(4) }).strict(),
  z
    .object({ kind: z.literal('months'), from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) })
    .strict()
    .refine((s) => s.from <= s.to, { message: 'Tháng kết thúc không được trước tháng bắt đầu' }),
  z.object({ kind: z.literal('recurring'), every: z.enum(['month', 'quarter']) }).strict(),
]);
export type TaskSpan = z.infer<typeof TaskSpan>;

export const TASK_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** A phụ lục column: which task field it shows and the label the commune prints. */
export const ANNEX_FIELDS = ['content', 'forms', 'time', 'lead', 'coop', 'product', 'note'] as const;
export const AnnexField = z.enum(ANNEX_FIELDS);
export type AnnexField = z.infer<typeof AnnexField>;
export const AnnexColumn = z.object({ field: AnnexField, label: RequiredText(120), width: z.number().min(1).max(100) }).strict();
export type AnnexColumn = z.infer<typeof AnnexColumn>;

export const AnnexLayout = z
  .object({
    heading: Text(60).default('PHỤ LỤC'),
    title: Text(500).default(''),
    subtitle: Text(500).default(''),
    orderLabel: Text(20).default('TT'),
    columns: z.array(AnnexColumn).min(1).max(10),
  })
  .strict();
export type AnnexLayout = z.infer<typeof AnnexLayout>;

export const BodySection = z.object({ heading: Text(300), text: Text(50_000) }).strict();
export type BodySection = z.infer<typeof BodySection>;

export const Signer = z
  .object({
    authority: Text(120).default('TM. ỦY BAN NHÂN DÂN'),
    deputy: Text(120).default(''),
    position: Text(120).default('CHỦ TỊCH'),
    name: Text(120).default(''),
  })
  .strict();
export type Signer = z.infer<typeof Signer>;

/**
 * The Quyết định that issues the plan ("ban hành kèm theo"): when present the plan prints as a
 * document pair, the QĐ first. Empty subject/articles print their standard wording
 * (shared/print/decision.ts). Optional rather than null so plans without one keep their shape
 * in bundles.
 */
export const Decision = z
  .object({
    numberText: Text(60).default(''),
    issuedOn: IsoDate.nullable().default(null),
    subject: Text(500).default(''),
    authority: Text(200).default(''),
    bases: Text(20_000).default(''),
    articles: z.array(Text(10_000)).max(10).default([]),
    recipients: z.array(Text(300)).max(40).default([]),
    signer: Signer.default({ authority: '', deputy: '', position: 'CHỦ TỊCH', name: '' }),
  })
  .strict();
export type Decision = z.infer<typeof Decision>;

/** Everything printed on the plan document, apart from the phụ lục rows. */
export const PlanFields = z
  .object({
    year: z.number().int().min(2000).max(2100),
    title: RequiredText(500),
    parentBody: Text(200).default(''),
    issuer: RequiredText(200),
    numberText: Text(60).default(''),
    place: Text(120).default(''),
    issuedOn: IsoDate.nullable().default(null),
    opening: Text(10_000).default(''),
    body: z.array(BodySection).max(30).default([]),
    closing: Text(5_000).default(''),
    recipients: z.array(Text(300)).max(40).default([]),
    signer: Signer.default({ authority: 'TM. ỦY BAN NHÂN DÂN', deputy: '', position: 'CHỦ TỊCH', name: '' }),
    annex: AnnexLayout,
    amendsPlanId: Id.nullable().default(null),
    /** With amendsPlanId: bổ sung (adds tasks), điều chỉnh (replaces the tasks its tasks name), thay thế (replaces the plan). */
    amendKind: z.enum(['supplement', 'adjust', 'replace']).default('supplement'),
    decision: Decision.optional(),
  })
  .strict();
export type PlanFields = z.infer<typeof PlanFields>;
export const AMEND_KINDS = ['supplement', 'adjust', 'replace'] as const;
export type AmendKind = (typeof AMEND_KINDS)[number];
export type PlanFieldsInput = z.input<typeof PlanFields>;
export const Plan = RowMeta.extend(PlanFields.shape);
export type Plan = z.infer<typeof Plan>;

export const AnnexSectionFields = z.object({ title: Text(500) }).strict();
export const AnnexSection = RowMeta.extend({ planId: Id, position: z.number().int(), title: z.string() });
export type AnnexSection = z.infer<typeof AnnexSection>;

export const PlanTaskFields = z
  .object({
    sectionId: Id.nullable().default(null),
    content: Text(5_000).default(''),
    formsText: Text(2_000).default(''),
    timeText: Text(300).default(''),
    leadUnit: Text(300).default(''),
    coopUnits: Text(1_000).default(''),
    product: Text(1_000).default(''),
    note: Text(2_000).default(''),
    areas: z.array(CchcArea).max(6).default([]),
    forms: z.array(CommunicationForm).max(7).default([]),
    span: TaskSpan.default({ kind: 'year' }),
    targetCount: Count.nullable().default(null),
    status: TaskStatus.default('notStarted'),
    statusDate: IsoDate.nullable().default(null),
    /** In a kế hoạch điều chỉnh / thay thế: the task of the amended plan this one replaces. */
    replacesTaskId: Id.nullable().default(null),
  })
  .strict();
export type PlanTaskFields = z.infer<typeof PlanTaskFields>;
export type PlanTaskFieldsInput = z.input<typeof PlanTaskFields>;
export const PlanTask = RowMeta.extend({ planId: Id, position: z.number().int(), ...PlanTaskFields.shape });
export type PlanTask = z.infer<typeof PlanTask>;

/** Seed 001 (xã Quyết Thắng): 7 columns. */
export const LAYOUT_COMMUNE_7: AnnexColumn[] = [
  { field: 'content', label: 'Nội dung tuyên truyền', width: 26 },
  { field: 'forms', label: 'Hình thức tuyên truyền', width: 18 },
  { field: 'time', label: 'Thời gian tuyên truyền', width: 10 },
  { field: 'lead', label: 'Đơn vị thực hiện', width: 13 },
  { field: 'coop', label: 'Đơn vị phối hợp', width: 13 },
  { field: 'product', label: 'Sản phẩm', width: 14 },
];
/** Seed 002 (tỉnh Phú Thọ): 5 columns, content and form in one. */
export const LAYOUT_PROVINCE_5: AnnexColumn[] = [
  { field: 'content', label: 'Nội dung, hình thức tuyên truyền', width: 46 },
  { field: 'lead', label: 'Đơn vị chủ trì', width: 16 },
  { field: 'coop', label: 'Đơn vị phối hợp', width: 16 },
  { field: 'time', label: 'Thời gian thực hiện', width: 16 },
];
