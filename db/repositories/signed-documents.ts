import type { Executor } from './executor';
import type { SignedDocumentsTable } from '../schema';

export type SignedDocumentRow = SignedDocumentsTable;

export async function findSignedDocument(db: Executor, ownerKind: 'report' | 'plan', ownerId: string) {
  return db
    .selectFrom('signed_documents')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

/** One signed file per document: attaching another replaces it (the change log sees the update). */
export async function upsertSignedDocument(db: Executor, row: SignedDocumentRow): Promise<void> {
  const { id: _id, owner_kind: _k, owner_id: _o, ...rest } = row;
  await db
    .insertInto('signed_documents')
    .values(row)
    .onConflict((oc) => oc.columns(['owner_kind', 'owner_id']).doUpdateSet(rest))
    .execute();
}

/** Is a stored file still referenced (by a signed document or an activity's evidence)? */
export async function fileInUse(db: Executor, sha256: string): Promise<boolean> {
  const a = await db.selectFrom('signed_documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
  const b = await db.selectFrom('evidence_files').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
  return Boolean(a || b);
}

export async function signedDocumentsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('signed_documents')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function signedDocumentsOf(db: Executor, ownerKind: 'report' | 'plan', ownerIds: readonly string[]) {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('signed_documents')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', 'in', [...ownerIds])
    .execute();
}
