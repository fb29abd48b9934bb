import type { Executor } from '../repositories/executor';
import { countByTask } from '../repositories/activities';
import type { ParsedAnnex } from '../exports/plan-xlsx';
import type { PlanDetail, AnnexChanges, RemovedLinked } from '../../shared/contract/plans';
import { AnnexTaskInput, type AnnexSave } from '../../shared/domain/plan-annex';
import { PlanTaskFields, type PlanTask, type PlanTaskFieldsInput } from '../../shared/domain/plan';
import { matchAnnex } from '../../shared/domain/task-match';
import { taskOrderLabel } from '../../shared/domain/task-label';
import { newId } from '../../shared/ids';
import { truncateText } from '../../shared/text';

const ANNEX_KEYS = Object.keys(AnnexTaskInput.shape) as (keyof AnnexTaskInput)[];

/** The annex fields of a saved task, as the editor would send them back. */
const savedInput = (t: PlanTask): AnnexTaskInput => Object.fromEntries(ANNEX_KEYS.map((k) => [k, t[k]])) as AnnexTaskInput;

/**
 * A re-imported phụ lục as a save of the same plan: rows that are saved tasks (shared/domain/task-match.ts)
 * keep their ids — so their activities' links and their "Hoàn thành" mark — and the fields the
 * sheet has no column for (Chỉ tiêu, Kỳ thực hiện, Lĩnh vực…) keep their saved values. A saved task
 * no row matched is removed only when no activity points at it; otherwise it stays (the default)
 * or, when the officer chose "bỏ liên kết", goes and its activities become "ngoài kế hoạch".
 */
export async function reimportPlan(
  db: Executor,
  detail: PlanDetail,
  parsed: ParsedAnnex,
  removedLinked: RemovedLinked,
): Promise<{ save: AnnexSave; changes: AnnexChanges }> {
  const match = matchAnnex(detail, parsed);
  const saved = new Map(detail.tasks.map((t) => [t.id, t]));
  const hasSpanColumn = parsed.columns.some((c) => c.field === 'span');
  const sections = parsed.sections.map((s, i) => ({ id: match.sectionIds[i] ?? newId(), title: s.title }));
  let kept = 0;
  let changed = 0;
  let added = 0;
  const row = (x: PlanTaskFieldsInput, oldId: string | null, sectionId: string | null): AnnexTaskInput => {
    const defined = Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as PlanTaskFieldsInput;
    const old = oldId ? saved.get(oldId) : undefined;
    if (!old) {
      added++;
      const { status: _s, statusDate: _d, replacesTaskId: _r, ...f } = PlanTaskFields.parse({ ...defined, sectionId });
      return { ...f, id: newId() };
    }
    const base = savedInput(old);
    return AnnexTaskInput.parse({ ...base, ...defined, span: hasSpanColumn ? defined.span : base.span, sectionId, id: old.id });
  };
  const groups = new Map<string | null, AnnexTaskInput[]>([[null, parsed.loose.map((x, i) => row(x, match.loose[i]!, null))]]);
  parsed.sections.forEach((s, si) =>
    groups.set(
      sections[si]!.id,
      s.tasks.map((x, i) => row(x, match.sectionTasks[si]![i]!, sections[si]!.id)),
    ),
  );

  // Saved tasks no row matched: which ones activities point at.
  const counts = await countByTask(db, match.removed);
  const linked = match.removed.filter((id) => (counts.get(id) ?? 0) > 0);
  const keepLinked = removedLinked === 'keep';
  if (keepLinked)
    for (const id of linked) {
      const t = saved.get(id)!;
      let sectionId = t.sectionId;
      if (sectionId !== null && !groups.has(sectionId)) {
        // Its section left the sheet too: the section stays with the tasks kept in it.
        const old = detail.sections.find((s) => s.id === sectionId);
        if (old) sections.push({ id: old.id, title: old.title });
        else sectionId = null;
        if (old) groups.set(old.id, []);
      }
      // Back at its old place in its group (its TT unchanged when the rows above it are).
      const group = groups.get(sectionId)!;
      const at = detail.tasks.filter((x) => x.sectionId === t.sectionId).findIndex((x) => x.id === id);
      group.splice(Math.min(at, group.length), 0, savedInput({ ...t, sectionId }));
    }
  const tasks = [...groups.values()].flat();

  // Kept = same id, same fields, same place; anything else matched is changed.
  const position = new Map(detail.tasks.map((t, i) => [t.id, i]));
  tasks.forEach((t, i) => {
    const old = saved.get(t.id);
    if (!old || match.removed.includes(t.id)) return;
    if (position.get(t.id) === i && JSON.stringify(AnnexTaskInput.parse(savedInput(old))) === JSON.stringify(t)) kept++;
    else changed++;
  });
  const label = taskOrderLabel(detail.sections, detail.tasks);
  const linkedTasks = linked.map((id) => ({
    taskId: id,
    order: label(id),
    content: truncateText(saved.get(id)!.content.split('\n')[0]!.trim(), 200),
    activities: counts.get(id) ?? 0,
  }));
  return {
    save: { planId: detail.plan.id, sections, tasks },
    changes: {
      kept,
      changed,
      added,
      removed: match.removed.length - (keepLinked ? linked.length : 0),
      linkedTasks,
      keepLinked,
      unlinkedActivities: keepLinked ? 0 : linkedTasks.reduce((s, x) => s + x.activities, 0),
      linkedActivities: linkedTasks.reduce((s, x) => s + x.activities, 0),
    },
  };
}
