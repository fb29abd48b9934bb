import type { ServiceContext } from './context';
import { getSetting } from '../repositories/settings';

/** Settings key that marks the data as the demo's: every screen and document then says "mẫu". */
export const DEMO_FLAG_KEY = 'demo';

/**
 * The one answer to "is this demo data?": the banner, app.info, "Xoá dữ liệu mẫu" and every
 * exported .docx/.xlsx ask it. Set only by seeding a demo (seedDemoData: the preview's --demo,
 * "Xem thử với dữ liệu mẫu", `npm run demo`); cleared with the data.
 */
export async function isDemoData(ctx: Pick<ServiceContext, 'db'>): Promise<boolean> {
  return (await getSetting(ctx.db, DEMO_FLAG_KEY)) !== undefined;
}
