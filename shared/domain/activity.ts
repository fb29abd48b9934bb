import { MAX_SEARCH_LENGTH } from '../search-words';
import { z } from 'zod';
import { CCHC_AREAS, COMMUNICATION_FORMS, CchcArea, CommunicationForm, Count, Id, IsoDate, RequiredText, RowMeta, Text } from './common';
import { common } from '../strings/common';
import { activitiesText } from '../strings/activities';
import { PeriodKey } from './journal-periods';
import { ACTIVITY_KINDS, KINDS, detailsSchema, kindsByRank, specOf, type ActivityKind } from './kinds/index';

export { BROADCAST_KINDS, BroadcastDetails } from './kinds/broadcast';
export { VISUAL_KINDS, VisualDetails } from './kinds/visual';
export { MEETING_KINDS, MeetingDetails } from './kinds/meeting';
export { ONLINE_CHANNELS, ONLINE_KINDS, OnlineDetails } from './kinds/online';
export { ContestDetails } from './kinds/contest';
export { TthcPostingDetails } from './kinds/tthc-posting';
export { PUBLICATION_KINDS, PublicationDetails } from './kinds/publication';
export type { ActivityKind } from './kinds/index';

/** Per-form details: one variant per form of the registry (kinds/index.ts), discriminated by `kind`. */
export const ActivityDetails = detailsSchema(ACTIVITY_KINDS);
export type ActivityDetails = z.infer<typeof ActivityDetails>;

/** Plausible years for any date of the log: a typo such as 0226 or 20266 is refused, not stored. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const plausibleYear = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
};

/**
 * Plausibility, checked when the officer saves (not when stored rows or bundles are read): the
 * year, the counts within their form's bounds, and dates inside the details (put up / taken
 * down, contest start / end) within a year of the activity's own date.
 */
function plausible(a: { date: string; details: ActivityDetails }, ctx: z.RefinementCtx): void {
  if (!plausibleYear(a.date)) ctx.addIssue({ code: 'custom', message: activitiesText.dateImplausible(MIN_YEAR, MAX_YEAR), path: ['date'] });
  const year = Number(a.date.slice(0, 4));
  const spec = specOf(KINDS, a.details.kind);
  const details = a.details as Record<string, unknown>;
  for (const [key, max] of Object.entries(spec.bounds as Record<string, number>)) {
    const v = details[key];
    if (typeof v === 'number' && v > max) ctx.addIssue({ code: 'custom', message: activitiesText.tooLarge(max), path: ['details', key] });
  }
  for (const field of spec.fields) {
    if (field.input !== 'date') continue;
    const v = details[field.key];
    if (typeof v === 'string' && Math.abs(Number(v.slice(0, 4)) - year) > 1) {
      ctx.addIssue({ code: 'custom', message: activitiesText.dateFarFromActivity, path: ['details', field.key] });
    }
  }
}

/** What the officer fills in; the same schema checks the form, the IPC call, the row and the bundle. */
export const ActivityFields = z
  .object({
    date: IsoDate,
    title: RequiredText(1_000),
    taskId: Id.nullable().default(null),
    areas: z.array(CchcArea).max(6).default([]),
    unitName: Text(300).default(''),
    note: Text(5_000).default(''),
    details: ActivityDetails,
  })
  .strict()
  .superRefine(plausible);
export type ActivityFields = z.infer<typeof ActivityFields>;
export type ActivityFieldsInput = z.input<typeof ActivityFields>;

export const Activity = RowMeta.extend({
  ...ActivityFields.shape,
  // Who logged it: the officer's name (CommuneSettings.officerName, ≤ 120), bounded for bundles.
  enteredBy: z.string().max(120),
  evidenceCount: z.number().int().min(0),
});
export type Activity = z.infer<typeof Activity>;

/** A stable one-line description that the search index and the list both use. */
export function activitySearchText(a: Pick<ActivityFields, 'title' | 'note' | 'unitName'> & { details: ActivityDetails }): string {
  return [a.title, a.note, a.unitName, ...specOf(KINDS, a.details.kind).searchText(a.details)].filter(Boolean).join(' ');
}

export const ActivityListQuery = z
  .object({
    search: Text(MAX_SEARCH_LENGTH).default(''),
    kinds: z.array(CommunicationForm).max(COMMUNICATION_FORMS.length).default([]),
    taskId: Id.nullable().default(null),
    /** Only activities linked to no plan task ("Ngoài kế hoạch"). */
    outsidePlan: z.boolean().default(false),
    area: CchcArea.nullable().default(null),
    /**
     * A report period (`2026-q3`…): the service filters by that report's own window and ignores
     * from/to, so the list for "Kỳ báo cáo Quý III/2026" counts exactly what the report counts.
     */
    period: PeriodKey.nullable().default(null),
    from: IsoDate.nullable().default(null),
    to: IsoDate.nullable().default(null),
    unitName: Text(300).nullable().default(null),
    hasEvidence: z.boolean().nullable().default(null),
    sort: z.enum(['date', 'title', 'kind', 'unitName']).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: Count.default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const EvidenceRef = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: RequiredText(260) }).strict();
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/** Forms in "sort by form" order: the registry's ranks (the Vietnamese order of their labels). */
export const KIND_SORT_ORDER = kindsByRank(KINDS) as readonly ActivityKind[];
/** One bit per CCHC area (column area_mask), so an area filter is read from an index. */
export const areaMask = (areas: readonly CchcArea[]): number => areas.reduce((m, a) => m | (1 << CCHC_AREAS.indexOf(a)), 0);

/** The one number a report sums for an activity of this kind (kept in a column for speed). */
export function activityQuantity(d: ActivityDetails): number {
  return specOf(KINDS, d.kind).quantity(d);
}

/* ------------------------------------------------------------------------------------------ */
/* Fast entry: series, edit, delete/undo                                                        */

/** "Lặp lại": the same activity on N dates, every day / week / month from `date`. */
export const ActivityRepeat = z
  .object({
    every: z.enum(['day', 'week', 'month']),
    times: z
      .number()
      .int({ message: common.validation.wholeNumber })
      .min(1, { message: 'Số lần lặp phải từ 1 trở lên' })
      .max(366, { message: 'Mỗi lần chỉ lặp tối đa 366 lần' }),
  })
  .strict();
export type ActivityRepeat = z.infer<typeof ActivityRepeat>;

export const ActivitySeriesInput = z.object({ fields: ActivityFields, repeat: ActivityRepeat }).strict();
export type ActivitySeriesInput = z.infer<typeof ActivitySeriesInput>;

export const ActivityUpdateInput = z.object({ id: Id, fields: ActivityFields }).strict();

/** The dates of a series, calendar arithmetic on ISO dates (UTC, no time zones involved). */
export function seriesDates(start: string, repeat: ActivityRepeat): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const out: string[] = [];
  for (let i = 0; i < repeat.times; i++) {
    let date: Date;
    if (repeat.every === 'month') {
      // Clamp to the month's last day (31/1 → 28/2 → 31/3…).
      const last = new Date(Date.UTC(y, m - 1 + i + 1, 0)).getUTCDate();
      date = new Date(Date.UTC(y, m - 1 + i, Math.min(d, last)));
    } else {
      date = new Date(Date.UTC(y, m - 1, d + i * (repeat.every === 'week' ? 7 : 1)));
    }
    out.push(date.toISOString().slice(0, 10));
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Evidence                                                                                     */

/** 25 MB per file: a phone photo, a scanned PDF or a recorded broadcast fit; a video does not. */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;
export const EVIDENCE_THUMB_MAX_BYTES = 256 * 1024;

export const EvidenceUpload = z
  .object({
    activityId: Id,
    name: RequiredText(260),
    /** The file's bytes, base64 (the renderer reads the chosen File). */
    base64: z
      .string()
      .max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 8, { message: 'Tệp lớn hơn 25 MB. Hãy nén ảnh, chia nhỏ tệp hoặc chọn tệp khác.' }),
    /** A small JPEG the renderer drew for an image (optional). */
    thumbnailBase64: z
      .string()
      .max(Math.ceil(EVIDENCE_THUMB_MAX_BYTES / 3) * 4 + 8)
      .nullable()
      .default(null),
  })
  .strict();
export type EvidenceUpload = z.infer<typeof EvidenceUpload>;

export const EVIDENCE_TYPES = ['image', 'pdf', 'word', 'audio'] as const;
export const EvidenceItem = z.object({
  sha256: z.string(),
  name: z.string(),
  mime: z.string(),
  type: z.enum(EVIDENCE_TYPES),
  size: z.number().int(),
  hasThumbnail: z.boolean(),
  createdAt: z.string(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const EvidenceKey = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
export const EvidenceLink = z.object({ activityId: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
/** Attach a file already stored (a series shares its script or photo) without sending it again. */
export const EvidenceLinkInput = z.object({ activityId: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/), name: RequiredText(260) }).strict();

/* ------------------------------------------------------------------------------------------ */
/* Task progress and the dashboard                                                              */

export const TaskProgress = z.object({
  taskId: Id,
  position: z.number().int(),
  /** The TT printed for the task (shared/domain/task-label.ts): "2", "I.3", "BS.1" for a bổ sung task. */
  order: z.string(),
  content: z.string(),
  timeText: z.string(),
  done: z.number().int(),
  target: z.number().int().nullable(),
  status: z.enum(['notStarted', 'inProgress', 'done']),
  statusDate: z.string().nullable(),
  /** Done (manual status "hoàn thành", or linked activities reached the target). */
  complete: z.boolean(),
  /** Last month of the task's span in the plan year (1–12); 0 for a recurring task. */
  dueMonth: z.number().int(),
  recurring: z.boolean(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

/** A plan of the year that the plan in force does not count (yet): every screen says why. */
export const PlanNotCounted = z.object({
  id: Id,
  title: z.string(),
  /** unlinked: amends nothing, a second plan of the year; noTasks: an amendment without tasks; notYet: issued after the window. */
  reason: z.enum(['unlinked', 'noTasks', 'notYet']),
  amendKind: z.enum(['supplement', 'adjust', 'replace']),
  effective: z.string(),
});
export type PlanNotCounted = z.infer<typeof PlanNotCounted>;

export const PlanProgress = z.object({
  planId: Id,
  /** The year's base plan (docs/REPORTS.md "Kế hoạch đang áp dụng"); null when the year has no plan. */
  basePlanId: Id.nullable(),
  basePlanTitle: z.string(),
  notCounted: z.array(PlanNotCounted),
  title: z.string(),
  year: z.number().int(),
  tasks: z.array(TaskProgress),
  completedTasks: z.number().int(),
  totalTasks: z.number().int(),
  /** Criterion 4.1: completed tasks ÷ all tasks, 0–100. */
  percent: z.number(),
  /** The annual report's window the counts are taken over (stated on Tiến độ). */
  from: IsoDate,
  to: IsoDate,
});
export type PlanProgress = z.infer<typeof PlanProgress>;

export const TaskStatusInput = z
  .object({
    taskId: Id,
    status: z.enum(['notStarted', 'inProgress', 'done']),
    statusDate: IsoDate.nullable().default(null),
  })
  .strict();

export const DashboardQuery = z.object({ today: IsoDate }).strict();
export const Dashboard = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  from: z.string(),
  to: z.string(),
  quarterCounts: z.record(z.string(), z.number().int()),
  quarterTotal: z.number().int(),
  /** The annual report's window (NĐ 09: 15/12 of the year before to 14/12). */
  yearFrom: z.string(),
  yearTo: z.string(),
  yearTotal: z.number().int(),
  plan: PlanProgress.nullable(),
  dueThisMonth: z.array(TaskProgress),
  overdue: z.array(TaskProgress),
  /** 12 entries: activities per month of `year`, per form. */
  monthly: z.array(z.record(z.string(), z.number().int())),
});
export type Dashboard = z.infer<typeof Dashboard>;

/* ------------------------------------------------------------------------------------------ */
/* Import from .xlsx (a loudspeaker station's broadcast list…)                                  */

/** Columns an import can fill; quantity / place / subKind mean what the chosen form needs. */
export const IMPORT_FIELDS = ['date', 'title', 'quantity', 'slot', 'subKind', 'place', 'repeats', 'unitName', 'note'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
const Col = z.number().int().min(1).max(200).nullable().default(null);
export const ImportMapping = z
  .object({ date: Col, title: Col, quantity: Col, slot: Col, subKind: Col, place: Col, repeats: Col, unitName: Col, note: Col })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportInput = z
  .object({
    base64: z
      .string()
      .min(1)
      .max(20 * 1024 * 1024, { message: 'Tệp Excel quá lớn (tối đa khoảng 15 MB).' }),
    /** Every row becomes an activity of this form (a loudspeaker play log: broadcast). */
    kind: CommunicationForm.default('broadcast'),
    /** Column number (1-based) per field; null fields are guessed from the header row. */
    mapping: ImportMapping.nullable().default(null),
    taskId: Id.nullable().default(null),
    areas: z.array(CchcArea).max(6).default([]),
  })
  .strict();
export type ImportInput = z.infer<typeof ImportInput>;

export const ImportRowResult = z.object({
  row: z.number().int(),
  date: z.string(),
  title: z.string(),
  quantity: z.number().nullable(),
  place: z.string(),
  errors: z.array(z.string()),
  /** Already in the journal (db/services/already-logged.ts): shown, and skipped when applying. */
  duplicate: z.boolean().default(false),
});
export const ImportPreview = z.object({
  headers: z.array(z.string()),
  mapping: ImportMapping,
  rows: z.array(ImportRowResult),
  /** Rows that would be written: no error, not already in the journal. */
  validCount: z.number().int(),
  errorCount: z.number().int(),
  duplicateCount: z.number().int().default(0),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
