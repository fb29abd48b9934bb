import type { ServiceContext } from './context';
import { nowIso } from '../../shared/ids';

/**
 * The moment a service stamps on what it writes (created_at, updated_at, submitted_at): the
 * real clock, unless the context carries its own. Only the demo year does, so that its
 * history reads as lived (an activity logged on its day, a report submitted on its day), never
 * as all written at install time.
 */
export function nowOf(ctx: Pick<ServiceContext, 'clock'>): string {
  return ctx.clock ? ctx.clock() : nowIso();
}
