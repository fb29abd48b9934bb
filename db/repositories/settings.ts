import type { Executor } from './executor';
import { nowIso } from '../../shared/ids';

export async function getSetting(db: Executor, key: string): Promise<unknown | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export async function putSetting(db: Executor, key: string, value: unknown, at: string = nowIso()): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
    .execute();
}
