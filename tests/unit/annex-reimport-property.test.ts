import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestApp } from '../helpers/app';
import { broadcast } from '../helpers/activity-fixtures';
import { outsideCounts } from '../helpers/outside-plan';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex, getPlanDetail } from '../../db/services/plans';
import { createActivities } from '../../db/services/activities';
import { annexToXlsx } from '../../db/exports/plan-xlsx';
import { LAYOUT_COMMUNE_7, PlanFields, type PlanTask } from '../../shared/domain/plan';
import { ActivityFields } from '../../shared/domain/activity';
import type { ImportPreview, PlanDetail } from '../../shared/contract/plans';
import type { AppHost } from '../../db/host';

async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}

// ---- The oracle: the match rule of docs/activities.md, written again here from the text. ----
const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ')
    .replace(/^[-+•*–] ?/u, '')
    .replace(/[.;:, ]+$/u, '');
type Sheet = { loose: string[]; sections: { title: string; rows: string[] }[] };
/** For each saved task id: the id it keeps (matched) or nothing. */
function oracleMatched(d: PlanDetail, sheet: Sheet): Set<string> {
  const secOf: (string | undefined)[] = sheet.sections.map(() => undefined);
  const taken = new Set<string>();
  sheet.sections.forEach((s, i) => {
    const hit = d.sections.find((o) => !taken.has(o.id) && norm(o.title) === norm(s.title));
    if (hit) {
      secOf[i] = hit.id;
      taken.add(hit.id);
    }
  });
  sheet.sections.forEach((_, i) => {
    const o = d.sections[i];
    if (secOf[i] === undefined && o && !taken.has(o.id)) {
      secOf[i] = o.id;
      taken.add(o.id);
    }
  });
  const rows = [
    ...sheet.loose.map((c, i) => ({ g: null as string | null | undefined, tt: i + 1, c, m: null as string | null })),
    ...sheet.sections.flatMap((s, si) => s.rows.map((c, i) => ({ g: secOf[si], tt: i + 1, c, m: null as string | null }))),
  ];
  const used = new Set<string>();
  for (const same of [true, false])
    for (const r of rows)
      if (r.m === null && norm(r.c) !== '') {
        const hit = d.tasks.find((t) => !used.has(t.id) && (!same || t.sectionId === r.g) && norm(t.content) === norm(r.c));
        if (hit) {
          r.m = hit.id;
          used.add(hit.id);
        }
      }
  for (const r of rows)
    if (r.m === null && r.g !== undefined) {
      const t = d.tasks.filter((x) => x.sectionId === r.g)[r.tt - 1];
      if (t && !used.has(t.id)) {
        r.m = t.id;
        used.add(t.id);
      }
    }
  return used;
}

// ---- Generated plans, activities and edited sheets. ----
const WORDS = ['loa truyền thanh', 'panô áp phích', 'hội nghị', 'cổng thông tin', 'Zalo', 'niêm yết TTHC', 'cuộc thi', 'dịch vụ công'];
const content = fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 6 })).map(([w, n]) => `Tuyên truyền ${w} đợt ${n}`);
const planArb = fc.record({
  loose: fc.array(content, { maxLength: 3 }),
  sections: fc.array(
    fc.record({
      title: fc.constantFrom('Tuyên truyền trực quan', 'Hội nghị', 'Trên mạng'),
      rows: fc.array(content, { minLength: 1, maxLength: 4 }),
    }),
    {
      maxLength: 3,
    },
  ),
});
type Edit = 'same' | 'cosmetic' | 'rewrite' | 'remove';
const editArb = fc.record({
  edits: fc.array(fc.constantFrom<Edit>('same', 'same', 'cosmetic', 'rewrite', 'remove'), { minLength: 20, maxLength: 20 }),
  order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
  added: fc.array(fc.tuple(fc.nat(3), content), { maxLength: 3 }),
  removedLinked: fc.constantFrom('keep' as const, 'unlink' as const),
});
const TEMPLATE = {
  content: '',
  formsText: '',
  timeText: '',
  leadUnit: '',
  coopUnits: '',
  product: '',
  note: '',
  areas: [],
  forms: [],
} as unknown as PlanTask;
const cosmetic = (s: string) => `  ${s.toLocaleUpperCase('vi').replace(/ /g, '  ')}.`;

/** The edited sheet as the saved plan's tasks, in the shape annexToXlsx writes. */
type EditRound = { edits: Edit[]; order: number[]; added: [number, string][]; removedLinked: 'keep' | 'unlink' };
function editedSheet(d: PlanDetail, e: EditRound, round: number) {
  const groups = [null, ...d.sections.map((s) => s.id)];
  const template = { ...(d.tasks[0] ?? TEMPLATE), span: { kind: 'year' as const }, targetCount: null };
  const tasks: PlanTask[] = [];
  groups.forEach((g, gi) => {
    const mine = d.tasks
      .map((t, i) => ({ t, i }))
      .filter((x) => x.t.sectionId === g)
      .sort((a, b) => (e.order[a.i % 20]! - e.order[b.i % 20]!) * (round % 2 ? -1 : 1) || a.i - b.i);
    for (const { t, i } of mine) {
      const edit = e.edits[(i + round) % 20]!;
      if (edit === 'remove') continue;
      const text = edit === 'cosmetic' ? cosmetic(t.content) : edit === 'rewrite' ? `Nội dung mới ${round}-${i}` : t.content;
      tasks.push({ ...t, content: text });
    }
    for (const [where, c] of e.added)
      if (where % groups.length === gi) tasks.push({ ...template, id: crypto.randomUUID(), sectionId: g, content: c });
  });
  const sheet: Sheet = {
    loose: tasks.filter((t) => t.sectionId === null).map((t) => t.content),
    sections: d.sections.map((s) => ({ title: s.title, rows: tasks.filter((t) => t.sectionId === s.id).map((t) => t.content) })),
  };
  return { detail: { plan: d.plan, sections: d.sections, tasks }, sheet };
}

describe('re-importing an edited phụ lục (property)', () => {
  it('keeps every matched task with its links and mark; "ngoài kế hoạch" agrees in the report, the journal and SQL', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb,
        fc.array(editArb, { minLength: 1, maxLength: 2 }),
        fc.array(fc.nat(99), { minLength: 30, maxLength: 30 }),
        async (p, rounds, picks) => {
          if (p.loose.length + p.sections.reduce((s, x) => s + x.rows.length, 0) === 0) return;
          const a = await openTestApp();
          try {
            const plan = await createPlanWithAnnex(a.ctx, {
              fields: PlanFields.parse({
                year: 2026,
                title: 'Tuyên truyền CCHC năm 2026',
                issuer: 'UBND XÃ',
                annex: { columns: LAYOUT_COMMUNE_7 },
              }),
              tasks: p.loose.map((c) => ({ content: c })),
              sections: p.sections.map((s) => ({ title: s.title, tasks: s.rows.map((c) => ({ content: c })) })),
            });
            // Activities: each pick links one to a task (or none), some tasks marked done.
            const inputs = picks.map((n) =>
              ActivityFields.parse(broadcast({ taskId: n % 4 === 0 ? null : plan.tasks[n % plan.tasks.length]!.id })),
            );
            await createActivities(a.ctx, inputs, 'test');
            for (const [i, t] of plan.tasks.entries())
              if (picks[i % 30]! % 3 === 0) await call(a, 'activities.setTaskStatus', { taskId: t.id, status: 'done', statusDate: null });

            for (const [round, e] of rounds.entries()) {
              const d = await getPlanDetail(a.ctx, { id: plan.plan.id });
              const links = new Map(
                (
                  a.ctx.sqlite.prepare('SELECT id, task_id FROM activities WHERE deleted_at IS NULL').all() as {
                    id: string;
                    task_id: string | null;
                  }[]
                ).map((r) => [r.id, r.task_id]),
              );
              const { detail, sheet } = editedSheet(d, e, round);
              // A sheet with no row at all is refused as a whole (tests/unit/plans-files.test.ts).
              if (sheet.loose.length === 0 && sheet.sections.length === 0) continue;
              const matched = oracleMatched(d, sheet);
              const upload = { planId: d.plan.id, fileName: 'phu-luc.xlsx', base64: (await annexToXlsx(detail)).toString('base64') };
              const linkedOf = (id: string) => [...links.values()].filter((x) => x === id).length;
              const dropped = d.tasks.filter((t) => !matched.has(t.id));
              const preview = await call<ImportPreview>(a, 'plans.importPreview', upload);
              expect(preview.changes.linkedActivities).toBe(dropped.reduce((s, t) => s + linkedOf(t.id), 0));
              expect(preview.changes.added).toBe(sheet.loose.length + sheet.sections.reduce((s, x) => s + x.rows.length, 0) - matched.size);
              await call(a, 'plans.importApply', { ...upload, removedLinked: e.removedLinked });

              const after = await getPlanDetail(a.ctx, { id: d.plan.id });
              const live = new Map(after.tasks.map((t) => [t.id, t]));
              for (const t of d.tasks) {
                const gone = !matched.has(t.id) && (e.removedLinked === 'unlink' || linkedOf(t.id) === 0);
                expect(live.has(t.id)).toBe(!gone);
                if (!gone) expect(live.get(t.id)!.status).toBe(t.status);
              }
              for (const { id, task_id: taskId } of a.ctx.sqlite
                .prepare('SELECT id, task_id FROM activities WHERE deleted_at IS NULL')
                .all() as {
                id: string;
                task_id: string | null;
              }[]) {
                const was = links.get(id) ?? null;
                expect(taskId).toBe(was !== null && live.has(was) ? was : null);
              }
              const out = await outsideCounts(a, 2026);
              expect(out.report).toBe(out.sql);
              expect(out.journal).toBe(out.sql);
            }
          } finally {
            await a.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
