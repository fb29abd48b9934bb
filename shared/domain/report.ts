import { z } from 'zod';
import {
  CCHC_AREAS,
  COMMUNICATION_FORMS,
  CchcArea,
  CommunicationForm,
  IsoDate,
  IsoDateTime,
  RowMeta,
  Text,
  type CommunicationForm as Form,
} from './common';
import { Signer, TaskStatus } from './plan';
import { ONLINE_FORMS, areaLabels, formLabels } from './labels';
import { ReportKind, type DateWindow } from './period';
import { reportsText } from '../strings/reports';
import { fileNamePart } from '../print/nd30';
import { criterion41, taskDone, taskPercent } from './figures';

const u = reportsText.units;

/**
 * One line of the "by form" table. `sub` is the kind-specific sub-kind (newsKind, visualKind…)
 * that the query groups by; `measure` says what is summed: n = number of activities,
 * q = the activity's quantity column, m = broadcast minutes (duration × repeats).
 */
export interface IndicatorDef {
  key: string;
  form: Form;
  sub: string | null;
  measure: 'n' | 'q' | 'm';
  unit: string;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { key: 'broadcast.tin', form: 'broadcast', sub: 'tin', measure: 'n', unit: u.item },
  { key: 'broadcast.bai', form: 'broadcast', sub: 'bai', measure: 'n', unit: u.article },
  { key: 'broadcast.chuyenMuc', form: 'broadcast', sub: 'chuyenMuc', measure: 'n', unit: u.column },
  { key: 'broadcast.phongSu', form: 'broadcast', sub: 'phongSu', measure: 'n', unit: u.feature },
  { key: 'broadcast.plays', form: 'broadcast', sub: null, measure: 'q', unit: u.play },
  { key: 'broadcast.minutes', form: 'broadcast', sub: null, measure: 'm', unit: u.minute },
  { key: 'visual.pano', form: 'visual', sub: 'pano', measure: 'q', unit: u.piece },
  { key: 'visual.apPhich', form: 'visual', sub: 'apPhich', measure: 'q', unit: u.piece },
  { key: 'visual.bangRon', form: 'visual', sub: 'bangRon', measure: 'q', unit: u.piece },
  { key: 'visual.khauHieu', form: 'visual', sub: 'khauHieu', measure: 'q', unit: u.piece },
  { key: 'meeting.hoiNghi', form: 'meeting', sub: 'hoiNghi', measure: 'n', unit: u.meeting },
  { key: 'meeting.hoiThao', form: 'meeting', sub: 'hoiThao', measure: 'n', unit: u.meeting },
  { key: 'meeting.toaDam', form: 'meeting', sub: 'toaDam', measure: 'n', unit: u.meeting },
  { key: 'meeting.tapHuan', form: 'meeting', sub: 'tapHuan', measure: 'n', unit: u.meeting },
  { key: 'meeting.attendees', form: 'meeting', sub: null, measure: 'q', unit: u.person },
  { key: 'online.tin', form: 'online', sub: 'tin', measure: 'n', unit: u.item },
  { key: 'online.bai', form: 'online', sub: 'bai', measure: 'n', unit: u.article },
  { key: 'online.anh', form: 'online', sub: 'anh', measure: 'n', unit: u.photo },
  { key: 'online.video', form: 'online', sub: 'video', measure: 'n', unit: u.video },
  { key: 'contest.count', form: 'contest', sub: null, measure: 'n', unit: u.contest },
  { key: 'contest.participants', form: 'contest', sub: null, measure: 'q', unit: u.person },
  { key: 'tthcPosting.count', form: 'tthcPosting', sub: null, measure: 'n', unit: u.posting },
  { key: 'tthcPosting.procedures', form: 'tthcPosting', sub: null, measure: 'q', unit: u.procedure },
  { key: 'publication.toRoi', form: 'publication', sub: 'toRoi', measure: 'q', unit: u.copy },
  { key: 'publication.toGap', form: 'publication', sub: 'toGap', measure: 'q', unit: u.copy },
  { key: 'publication.banTin', form: 'publication', sub: 'banTin', measure: 'q', unit: u.copy },
  { key: 'publication.video', form: 'publication', sub: 'video', measure: 'q', unit: u.copy },
];

/** The JSON field of ActivityDetails that holds the sub-kind of each form (null: none). */
export const SUB_KIND_FIELD: Record<Form, string | null> = {
  broadcast: 'newsKind',
  visual: 'visualKind',
  meeting: 'meetingKind',
  online: 'postKind',
  contest: null,
  tthcPosting: null,
  publication: 'publicationKind',
};

/** Bit of each CCHC area in the area mask the query groups by. */
export const AREA_BITS: Record<CchcArea, number> = Object.fromEntries(CCHC_AREAS.map((a, i) => [a, 1 << i])) as Record<CchcArea, number>;

/** One group of the report query: activities sharing form, sub-kind, areas and task. */
export interface ActivityGroup {
  kind: string;
  sub: string | null;
  areaMask: number;
  taskId: string | null;
  n: number;
  q: number;
  m: number;
}

// ---------------------------------------------------------------------------- figures (the snapshot)

const Num = z.number();
export const IndicatorFigure = z.object({
  key: z.string(),
  form: CommunicationForm,
  label: z.string(),
  unit: z.string(),
  value: Num,
  cumulative: Num,
});
export const FormFigure = z.object({
  form: CommunicationForm,
  label: z.string(),
  online: z.boolean(),
  activities: Num,
  activitiesCum: Num,
  evidence: Num,
});
export const AreaFigure = z.object({ area: CchcArea, label: z.string(), activities: Num, activitiesCum: Num });
export const TaskFigure = z.object({
  taskId: z.string(),
  order: z.string(),
  content: z.string(),
  status: TaskStatus,
  targetCount: Num.nullable(),
  activities: Num,
  activitiesCum: Num,
  percent: Num,
});
export const EvidenceItem = z.object({
  sha256: z.string(),
  name: z.string(),
  activityTitle: z.string(),
  date: z.string(),
  form: CommunicationForm,
});
/** An online post's address: evidence that is not a file (printed in the phụ lục). */
export const PostLink = z.object({ title: z.string(), date: z.string(), url: z.string() });

export const ReportFigures = z.object({
  window: z.object({ from: IsoDate, to: IsoDate }),
  cumulativeWindow: z.object({ from: IsoDate, to: IsoDate }),
  totals: z.object({ activities: Num, activitiesCum: Num }),
  indicators: z.array(IndicatorFigure),
  forms: z.array(FormFigure),
  areas: z.array(AreaFigure),
  tasks: z.array(TaskFigure),
  outsidePlan: z.object({ activities: Num, activitiesCum: Num }),
  criterion4: z.object({
    taskCount: Num,
    doneCount: Num,
    notStartedCount: Num,
    completion: Num,
    onlineUsed: z.boolean(),
    traditionalUsed: z.boolean(),
    score41: Num,
    score42: Num,
  }),
  evidence: z.array(EvidenceItem),
  evidenceTotal: Num,
  /** Optional: snapshots frozen before post links were listed have none. */
  postLinks: z.array(PostLink).optional(),
  postLinksTotal: Num.optional(),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

export interface PlanTaskInfo {
  id: string;
  order: string;
  content: string;
  status: z.infer<typeof TaskStatus>;
  targetCount: number | null;
  /** The day the status was set (a task marked done later is not done in an earlier window). */
  statusDate?: string | null;
  /** Tasks this one replaces (kế hoạch điều chỉnh): their linked activities count for it. */
  replaces?: readonly string[];
}

interface Sums {
  n: number;
  q: number;
  m: number;
}
const zero = (): Sums => ({ n: 0, q: 0, m: 0 });
const add = (s: Sums, g: ActivityGroup) => {
  s.n += g.n;
  s.q += g.q;
  s.m += g.m;
};

function sumIndicator(def: IndicatorDef, groups: readonly ActivityGroup[]): number {
  let v = 0;
  for (const g of groups) if (g.kind === def.form && (def.sub === null || g.sub === def.sub)) v += g[def.measure];
  return v;
}

/**
 * The report's figures from the grouped log of the window and of the cumulative window.
 * Pure: the same groups always give the same figures (and the same snapshot hash).
 */
export function buildFigures(input: {
  window: DateWindow;
  cumulativeWindow: DateWindow;
  groups: readonly ActivityGroup[];
  cumulativeGroups: readonly ActivityGroup[];
  tasks: readonly PlanTaskInfo[];
  evidence: readonly z.infer<typeof EvidenceItem>[];
  evidenceTotal: number;
  evidenceByForm: Partial<Record<Form, number>>;
}): ReportFigures {
  const { groups, cumulativeGroups: cum } = input;
  const indicators = INDICATORS.map((d) => ({
    key: d.key,
    form: d.form,
    label: reportsText.indicators[d.key] ?? d.key,
    unit: d.unit,
    value: sumIndicator(d, groups),
    cumulative: sumIndicator(d, cum),
  }));
  const byForm = (gs: readonly ActivityGroup[]) => {
    const m = new Map<string, Sums>();
    for (const g of gs) add(m.get(g.kind) ?? m.set(g.kind, zero()).get(g.kind)!, g);
    return m;
  };
  const fw = byForm(groups);
  const fc = byForm(cum);
  const forms = COMMUNICATION_FORMS.map((form) => ({
    form,
    label: formLabels[form],
    online: ONLINE_FORMS.includes(form),
    activities: fw.get(form)?.n ?? 0,
    activitiesCum: fc.get(form)?.n ?? 0,
    evidence: input.evidenceByForm[form] ?? 0,
  }));
  const byArea = (gs: readonly ActivityGroup[], area: CchcArea) => gs.reduce((s, g) => s + (g.areaMask & AREA_BITS[area] ? g.n : 0), 0);
  const areas = CCHC_AREAS.map((area) => ({
    area,
    label: areaLabels[area],
    activities: byArea(groups, area),
    activitiesCum: byArea(cum, area),
  }));
  const byTask = (gs: readonly ActivityGroup[]) => {
    const m = new Map<string | null, number>();
    for (const g of gs) m.set(g.taskId, (m.get(g.taskId) ?? 0) + g.n);
    return m;
  };
  const tw = byTask(groups);
  const tc = byTask(cum);
  const end = input.window.to;
  const linked = (m: Map<string | null, number>, t: PlanTaskInfo) =>
    [t.id, ...(t.replaces ?? [])].reduce((s, id) => s + (m.get(id) ?? 0), 0);
  const rated = input.tasks.map((t) => {
    const activitiesCum = linked(tc, t);
    const rule = { status: t.status, statusDate: t.statusDate ?? null, targetCount: t.targetCount, activitiesCum };
    const fig = {
      taskId: t.id,
      order: t.order,
      content: t.content,
      status: t.status,
      targetCount: t.targetCount,
      activities: linked(tw, t),
      activitiesCum,
      percent: taskPercent(rule, end),
    };
    return { fig, done: taskDone(rule, end) };
  });
  const tasks = rated.map((r) => r.fig);
  const c41 = criterion41(rated.map((r) => r.done));
  const known = new Set(input.tasks.flatMap((t) => [t.id, ...(t.replaces ?? [])]));
  const outside = (m: Map<string | null, number>) => [...m].reduce((s, [id, n]) => s + (id === null || !known.has(id) ? n : 0), 0);
  const total = (gs: readonly ActivityGroup[]) => gs.reduce((s, g) => s + g.n, 0);
  // Criterion 4.2 looks at the report's own window (for the annual report: the year).
  const onlineUsed = forms.some((f) => f.online && f.activities > 0);
  const traditionalUsed = forms.some((f) => !f.online && f.activities > 0);
  const withEvidence = (online: boolean) => forms.some((f) => f.online === online && f.activities > 0 && f.evidence > 0);
  return {
    window: { ...input.window },
    cumulativeWindow: { ...input.cumulativeWindow },
    totals: { activities: total(groups), activitiesCum: total(cum) },
    indicators,
    forms,
    areas,
    tasks,
    outsidePlan: { activities: outside(tw), activitiesCum: outside(tc) },
    criterion4: {
      taskCount: c41.taskCount,
      doneCount: c41.doneCount,
      notStartedCount: tasks.filter((t) => t.status === 'notStarted' && t.activitiesCum === 0).length,
      completion: c41.percent,
      onlineUsed,
      traditionalUsed,
      score41: c41.score,
      // Both online and traditional channels, each backed by evidence → full point; one of them → half.
      score42: (withEvidence(true) ? 0.5 : 0) + (withEvidence(false) ? 0.5 : 0),
    },
    evidence: input.evidence.map((e) => ({ ...e })),
    evidenceTotal: input.evidenceTotal,
  };
}

// ---------------------------------------------------------------------------- differences

export interface FigureChange {
  item: string;
  before: number;
  after: number;
}

/** What changed between the frozen figures and today's: one line per differing number. */
export function diffFigures(before: ReportFigures, after: ReportFigures): FigureChange[] {
  const out: FigureChange[] = [];
  const cmp = (item: string, b: number, a: number) => {
    if (b !== a) out.push({ item, before: b, after: a });
  };
  const t = reportsText.tables;
  cmp(`${t.total} (${t.inPeriod})`, before.totals.activities, after.totals.activities);
  cmp(`${t.total} (${t.cumulative})`, before.totals.activitiesCum, after.totals.activitiesCum);
  const idx = <T>(xs: T[], key: (x: T) => string) => new Map(xs.map((x) => [key(x), x]));
  const ai = idx(after.indicators, (x) => x.key);
  for (const b of before.indicators) {
    const a = ai.get(b.key);
    cmp(`${b.label} (${t.inPeriod}, ${b.unit})`, b.value, a?.value ?? 0);
    cmp(`${b.label} (${t.cumulative}, ${b.unit})`, b.cumulative, a?.cumulative ?? 0);
  }
  const aa = idx(after.areas, (x) => x.area);
  for (const b of before.areas) cmp(`${b.label} (${t.inPeriod})`, b.activities, aa.get(b.area)?.activities ?? 0);
  const at = idx(after.tasks, (x) => x.taskId);
  for (const b of before.tasks) {
    const a = at.get(b.taskId);
    cmp(`${t.task} ${b.order} (${t.inPeriod})`, b.activities, a?.activities ?? 0);
    cmp(`${t.task} ${b.order} (${t.percent}, %)`, b.percent, a?.percent ?? 0);
  }
  cmp(`${t.outsidePlan} (${t.inPeriod})`, before.outsidePlan.activities, after.outsidePlan.activities);
  cmp(`${t.evidence}`, before.evidenceTotal, after.evidenceTotal);
  return out;
}

// ---------------------------------------------------------------------------- the document

export const NarrativeSections = z
  .object({
    results: Text(30_000).default(''),
    shortcomings: Text(20_000).default(''),
    causes: Text(20_000).default(''),
    directions: Text(20_000).default(''),
    proposals: Text(20_000).default(''),
  })
  .strict();
export type NarrativeSections = z.infer<typeof NarrativeSections>;
export const NARRATIVE_KEYS = ['results', 'shortcomings', 'causes', 'directions', 'proposals'] as const;

/** What the officer edits on a report: header, narrative, signer, Nơi nhận. Stored in reports.narrative. */
export const ReportDoc = z
  .object({
    numberText: Text(60).default(''),
    place: Text(120).default(''),
    reportDate: IsoDate.nullable().default(null),
    title: Text(500).default(''),
    addressee: Text(300).default(''),
    sections: NarrativeSections,
    signer: Signer,
    recipients: z.array(Text(300)).max(40).default([]),
    /** Ad hoc reports only: the deadline given by whoever asked for it. */
    deadline: IsoDate.nullable().default(null),
  })
  .strict();
export type ReportDoc = z.infer<typeof ReportDoc>;
export type ReportDocInput = z.input<typeof ReportDoc>;

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);

export const Report = RowMeta.extend({
  year: z.number().int(),
  kind: ReportKind,
  periodKey: z.string(),
  version: z.number().int().min(1),
  status: ReportStatus,
  from: IsoDate,
  to: IsoDate,
  doc: ReportDoc,
  snapshotHash: z.string().nullable(),
  submittedAt: IsoDateTime.nullable(),
});
export type Report = z.infer<typeof Report>;

/**
 * Submitted before the window's cut-off: the days from the day after submission to the
 * cut-off are "ước thực hiện" (NĐ 09/2019 allows estimates); their figures, shown separately.
 */
export const EstimateFigures = z.object({
  from: IsoDate,
  to: IsoDate,
  activities: Num,
  forms: z.array(z.object({ form: CommunicationForm, label: z.string(), activities: Num })),
  indicators: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string(), value: Num })),
});
export type EstimateFigures = z.infer<typeof EstimateFigures>;

/** The estimate part of figures already computed for the estimate window (non-zero lines only). */
export function estimateOf(f: ReportFigures): EstimateFigures {
  return {
    ...f.window,
    activities: f.totals.activities,
    forms: f.forms.filter((x) => x.activities > 0).map((x) => ({ form: x.form, label: x.label, activities: x.activities })),
    indicators: f.indicators.filter((x) => x.value > 0).map((x) => ({ key: x.key, label: x.label, unit: x.unit, value: x.value })),
  };
}

/**
 * Cộng dồn explained (6 tháng, 9 tháng, năm): the quarters' submitted figures (or today's,
 * for a quarter not submitted), their sum, the figure recomputed from the log, and the
 * activities changed after each quarter's submission that make the two differ.
 */
export const CumulativeCheck = z.object({
  parts: z.array(
    z.object({
      label: z.string(),
      from: IsoDate,
      to: IsoDate,
      version: Num.nullable(),
      submittedAt: z.string().nullable(),
      /** Activities in the submitted report (null: not submitted). */
      reported: Num.nullable(),
      /** Activities of the same window in today's log. */
      recomputed: Num,
    }),
  ),
  sumOfReports: Num,
  recomputed: Num,
  changes: z.array(
    z.object({
      part: z.string(),
      date: IsoDate,
      title: z.string(),
      form: CommunicationForm,
      change: z.enum(['added', 'edited', 'deleted']),
      at: z.string(),
    }),
  ),
  changesTotal: Num,
});
export type CumulativeCheck = z.infer<typeof CumulativeCheck>;

/**
 * The frozen content of a submitted report; its canonical JSON is what the hash covers.
 * Every format ever written has a frozen copy in shared/domain/snapshots/ (read.ts upgrades);
 * changing this shape means a new format number and a new frozen file.
 */
export const SNAPSHOT_FORMAT = 'cchc-report/3';
export const ReportSnapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  report: z.object({
    kind: ReportKind,
    year: z.number().int(),
    periodKey: z.string(),
    version: z.number().int(),
    label: z.string(),
    from: IsoDate,
    to: IsoDate,
  }),
  commune: z.object({ communeName: z.string(), communeCode: z.string(), province: z.string() }),
  doc: ReportDoc,
  figures: ReportFigures,
  estimate: EstimateFigures.nullable(),
  cumulative: CumulativeCheck.nullable(),
  submittedAt: IsoDateTime,
});
export type ReportSnapshot = z.infer<typeof ReportSnapshot>;

/** The draft the app writes from the figures; pure so the test can read it. */
export function draftNarrative(f: ReportFigures, phrase: string, commune: string): NarrativeSections {
  const v = (key: string) => f.indicators.find((i) => i.key === key)?.value ?? 0;
  const sumOf = (prefix: string, keys: string[]) => keys.reduce((s, k) => s + v(`${prefix}.${k}`), 0);
  const d = reportsText.draft;
  const unused = f.forms.filter((x) => x.activities === 0).map((x) => x.label);
  return {
    results: d.results({
      phrase,
      commune,
      total: f.totals.activities,
      totalCum: f.totals.activitiesCum,
      broadcastItems: sumOf('broadcast', ['tin', 'bai', 'chuyenMuc', 'phongSu']),
      broadcastPlays: v('broadcast.plays'),
      broadcastMinutes: v('broadcast.minutes'),
      visualPieces: sumOf('visual', ['pano', 'apPhich', 'bangRon', 'khauHieu']),
      meetings: sumOf('meeting', ['hoiNghi', 'hoiThao', 'toaDam', 'tapHuan']),
      attendees: v('meeting.attendees'),
      onlinePosts: sumOf('online', ['tin', 'bai', 'anh', 'video']),
      contests: v('contest.count'),
      participants: v('contest.participants'),
      postings: v('tthcPosting.count'),
      procedures: v('tthcPosting.procedures'),
      publications: sumOf('publication', ['toRoi', 'toGap', 'banTin', 'video']),
      tasksDone: f.criterion4.doneCount,
      tasksTotal: f.criterion4.taskCount,
      completion: f.criterion4.completion,
    }),
    shortcomings: d.shortcomings(unused, f.criterion4.notStartedCount),
    causes: d.causes,
    // Every period phrase ends with its year ("Quý I năm 2026", "… đến ngày 31/05/2026").
    directions: d.directions(/(\d{4})\D*$/.exec(phrase)?.[1] ?? ''),
    proposals: d.proposals,
  };
}

/** BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang(_v2).docx */
export function reportFileName(
  r: Pick<Report, 'kind' | 'year' | 'version' | 'from' | 'to'>,
  communeName: string,
  ext: 'pdf' | 'docx' | 'xlsx',
): string {
  const commune = fileNamePart(communeName);
  const period =
    r.kind === 'adhoc'
      ? `DotXuat_${r.from.replace(/-/g, '')}-${r.to.replace(/-/g, '')}`
      : `${reportsText.kindFileLabels[r.kind]}_${r.year}`;
  const version = r.version > 1 ? `_v${r.version}` : '';
  return `BaoCao_TuyenTruyenCCHC_${period}_${commune}${version}.${ext}`;
}
