import { ACTIVITY_KINDS } from '../../shared/domain/kinds/index';
import { REP_SUB_SQL } from '../migrations/0004_reports';

/**
 * The kinds whose sub-kind migration 0004's generated column `rep_sub` (and REP_SUB_SQL) knows:
 * frozen with that migration. tests/unit/report-sub-kind.test.ts holds them to the registry's
 * `reportSub` fields.
 */
export const REP_SUB_KINDS = ['broadcast', 'visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication'] as const;

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The report's sub-kind of an activity row as SQL, for the GROUP BY. `stored` is the stored
 * column (the commune's `rep_sub`, read from the report index) or null (the province's copies:
 * the same expression at query time). A kind the frozen column does not know (added to the
 * registry later) has its sub-kind read from its details by the registry's `reportSub` field, so a
 * new kind's sub-kind lines count without a migration.
 */
export function subKindSql(stored: string | null): string {
  const known = stored ?? `(${REP_SUB_SQL})`;
  const newer = Object.entries(ACTIVITY_KINDS as Record<string, { reportSub: string | null }>).filter(
    ([kind, spec]) => spec.reportSub !== null && !(REP_SUB_KINDS as readonly string[]).includes(kind),
  );
  if (!newer.length) return known;
  const cases = newer.map(([kind, spec]) => `WHEN ${quote(kind)} THEN json_extract(details, ${quote(`$.${spec.reportSub!}`)})`);
  return `CASE WHEN kind IN (${REP_SUB_KINDS.map(quote).join(', ')}) THEN ${known} ELSE CASE kind ${cases.join(' ')} ELSE NULL END END`;
}
