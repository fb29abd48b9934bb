import type { Executor } from './executor';

export interface EvidenceLinkRow {
  sha256: string;
  name: string;
  created_at: string;
  size: number;
  mime: string;
}

export async function findEvidenceFile(db: Executor, sha256: string) {
  return db.selectFrom('evidence_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** Insert the file row once: the same content under another name is the same file. */
export async function insertEvidenceFileOnce(
  db: Executor,
  row: { sha256: string; size: number; mime: string; original_name: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('evidence_files')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function linkEvidence(
  db: Executor,
  row: { activity_id: string; sha256: string; name: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('activity_evidence')
    .values(row)
    .onConflict((oc) => oc.columns(['activity_id', 'sha256']).doUpdateSet({ name: row.name }))
    .execute();
}

export async function unlinkEvidence(db: Executor, activityId: string, sha256: string): Promise<number> {
  const r = await db.deleteFrom('activity_evidence').where('activity_id', '=', activityId).where('sha256', '=', sha256).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Links from any activity, soft-deleted ones included (they may still be restored). */
export async function countLinks(db: Executor, sha256: string): Promise<number> {
  const r = await db
    .selectFrom('activity_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function deleteEvidenceFileRow(db: Executor, sha256: string): Promise<void> {
  await db.deleteFrom('evidence_files').where('sha256', '=', sha256).execute();
}

export async function listActivityEvidence(db: Executor, activityId: string): Promise<EvidenceLinkRow[]> {
  return db
    .selectFrom('activity_evidence as l')
    .innerJoin('evidence_files as f', 'f.sha256', 'l.sha256')
    .select(['l.sha256', 'l.name', 'l.created_at', 'f.size', 'f.mime'])
    .where('l.activity_id', '=', activityId)
    .orderBy('l.created_at')
    .execute();
}

export async function copyEvidenceLinks(db: Executor, fromId: string, toId: string, at: string): Promise<void> {
  const links = await db.selectFrom('activity_evidence').select(['sha256', 'name']).where('activity_id', '=', fromId).execute();
  for (const l of links) await linkEvidence(db, { activity_id: toId, sha256: l.sha256, name: l.name, created_at: at });
}
