import type { ServiceContext } from './context';
import { nowOf } from './clock';
import { insertActivitiesIn, newActivityRows, rowToActivity, updateActivityIn } from './activities';
import { checkEvidence, decodeBase64, dropUnlinkedFile, linkEvidenceIn, storeEvidenceFile, type CheckedEvidence } from './evidence';
import { officerName } from './settings';
import type { ActivitySaveInput, TaskOption } from '../../shared/contract/activities';
import type { Activity } from '../../shared/domain/activity';

/**
 * "Lưu hoạt động" with its files: every file is checked first, the bytes are stored
 * (content-addressed), then the activities, the file rows and the links go in one transaction.
 * A failure anywhere leaves no activity and no file that nothing refers to.
 */
export async function saveActivity(ctx: ServiceContext, input: ActivitySaveInput): Promise<Activity[]> {
  const files: CheckedEvidence[] = input.files.map((f) =>
    checkEvidence(f.name, decodeBase64(f.base64), f.thumbnailBase64 ? decodeBase64(f.thumbnailBase64) : null),
  );
  const rows = input.id ? [] : newActivityRows(input.fields, input.repeat, await officerName(ctx));
  for (const f of files) storeEvidenceFile(ctx, f);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const at = nowOf(ctx);
      let ids: string[];
      if (input.id) ids = [(await updateActivityIn(trx, input.id, input.fields)).id];
      else {
        await insertActivitiesIn(trx, rows);
        ids = rows.map((r) => r.id);
      }
      for (const id of ids) for (const f of files) await linkEvidenceIn(trx, id, f, at);
      const saved = await trx.selectFrom('activities').selectAll().where('id', 'in', ids).execute();
      const byId = new Map(saved.map((r) => [r.id, r]));
      return ids.map((id) => rowToActivity(byId.get(id)!));
    });
  } catch (e) {
    for (const f of files) await dropUnlinkedFile(ctx, f);
    throw e;
  }
}

/** The task pickers' options: one query, no progress figures. */
export async function taskOptions(ctx: ServiceContext): Promise<TaskOption[]> {
  const rows = await ctx.db
    .selectFrom('plan_tasks')
    .innerJoin('plans', 'plans.id', 'plan_tasks.plan_id')
    .select([
      'plan_tasks.id as taskId',
      'plans.id as planId',
      'plans.title as planTitle',
      'plans.year as year',
      'plan_tasks.position as position',
      'plan_tasks.doc as doc',
    ])
    .where('plan_tasks.deleted_at', 'is', null)
    .where('plans.deleted_at', 'is', null)
    .orderBy('plans.year', 'desc')
    .orderBy('plans.created_at', 'desc')
    .orderBy('plan_tasks.position')
    .execute();
  return rows.map(({ doc, ...r }) => ({ ...r, content: String((JSON.parse(doc) as { content?: unknown }).content ?? '') }));
}
