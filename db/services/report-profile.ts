import type { ServiceContext } from './context';
import { getSetting, putSetting } from '../repositories/settings';
import { DEFAULT_PROFILE, ReportProfile } from '../../shared/domain/report-profile';

const KEY = 'reportProfile';

/** The province's report kinds and đề cương on this installation (default: every kind, the app's đề cương). */
export async function getReportProfile(ctx: ServiceContext): Promise<ReportProfile> {
  const raw = await getSetting(ctx.db, KEY);
  if (raw === undefined) return DEFAULT_PROFILE;
  const parsed = ReportProfile.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PROFILE;
}

export async function saveReportProfile(ctx: ServiceContext, profile: ReportProfile): Promise<ReportProfile> {
  const value = ReportProfile.parse(profile);
  await putSetting(ctx.db, KEY, value);
  return value;
}
