import type { ServiceContext } from './context';
import { nowOf } from './clock';
import { getSetting, putSetting } from '../repositories/settings';
import { CommuneSettings } from '../../shared/domain/settings';

const KEY = 'commune';

export async function getCommuneSettings(ctx: ServiceContext): Promise<CommuneSettings | null> {
  const raw = await getSetting(ctx.db, KEY);
  if (raw === undefined) return null;
  const parsed = CommuneSettings.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Who entered a record: the officer named in the commune settings ('' before setup). */
export async function officerName(ctx: ServiceContext): Promise<string> {
  return (await getCommuneSettings(ctx))?.officerName ?? '';
}

export async function saveCommuneSettings(ctx: ServiceContext, input: CommuneSettings): Promise<CommuneSettings> {
  const value = CommuneSettings.parse(input);
  await putSetting(ctx.db, KEY, value, nowOf(ctx));
  return value;
}
