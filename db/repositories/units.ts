import type { Executor } from './executor';
import type { UnitRow } from '../schema';
import { newId, nowIso } from '../../shared/ids';

export async function listUnits(db: Executor): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().where('deleted_at', 'is', null).execute();
}

export async function insertUnit(db: Executor, name: string, kind: string, at: string = nowIso()): Promise<UnitRow> {
  const row: UnitRow = { id: newId(), name, kind, created_at: at, updated_at: at, deleted_at: null };
  await db.insertInto('units').values(row).execute();
  return row;
}

export async function softDeleteUnit(db: Executor, id: string): Promise<number> {
  const at = nowIso();
  const r = await db
    .updateTable('units')
    .set({ deleted_at: at, updated_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
