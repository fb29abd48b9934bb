import { CCHC_AREAS, type CchcArea, type CommunicationForm as Form } from './common';
import { ACTIVITY_KINDS } from './kinds/index';
import type { IndicatorSpec } from './kinds/spec';

// What the report query sums: the indicator lines (each kind's, from the registry) and the area
// bits it groups by.

/**
 * One line of the "by form" table: a kind's IndicatorSpec (kinds/spec.ts) with its form. `sub`
 * is the kind's sub-kind (its spec's `subKind` field) that the query groups by.
 */
export interface IndicatorDef extends IndicatorSpec {
  form: Form;
}

/** Every kind's lines, in the registry's order of the kinds. */
export const INDICATORS: readonly IndicatorDef[] = Object.entries(ACTIVITY_KINDS).flatMap(([form, spec]) =>
  spec.indicators.map((d) => ({ ...d, form: form as Form })),
);

/** Bit of each CCHC area in the area mask the query groups by. */
export const AREA_BITS: Record<CchcArea, number> = Object.fromEntries(CCHC_AREAS.map((a, i) => [a, 1 << i])) as Record<CchcArea, number>;

/** One group of the report query: activities sharing form, sub-kind, areas and task. */
export interface ActivityGroup {
  kind: string;
  sub: string | null;
  areaMask: number;
  taskId: string | null;
  n: number;
  q: number;
  m: number;
}
