import { z } from 'zod';
import { CCHC_AREAS, COMMUNICATION_FORMS, CchcArea, CommunicationForm, IsoDate, type CommunicationForm as Form } from './common';
import { TaskStatus } from './plan';
import { ONLINE_FORMS, areaLabels, formLabels } from './labels';
import type { DateWindow } from './period';
import { criterion41, taskDone, taskPercent } from './figures';
import { AREA_BITS, INDICATORS, type ActivityGroup, type IndicatorDef } from './report-indicators';

/** The report's figures (the schema frozen in the snapshot) and the one pure function that computes them. */
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
    label: d.label,
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
