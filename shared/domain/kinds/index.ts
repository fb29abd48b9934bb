import { z } from 'zod';
import type { AnyKindSpec } from './spec';
import { ACTIVITY_KINDS } from './registry';

export { ACTIVITY_KINDS };

export type ActivityKind = keyof typeof ACTIVITY_KINDS;
type SchemaOf<K extends ActivityKind> = (typeof ACTIVITY_KINDS)[K]['schema'];
export type DetailsOf<K extends ActivityKind> = z.output<SchemaOf<K>>;
/** Any registry: the app's, or the app's plus a test fixture kind. */
export type KindRegistry = Readonly<Record<string, AnyKindSpec>>;

type AnySchema = SchemaOf<ActivityKind>;

/** The details' discriminated union, built from whatever registry is given. */
export function detailsSchema(registry: KindRegistry) {
  const options = Object.values(registry).map((s) => s.schema) as unknown as [AnySchema, ...AnySchema[]];
  return z.discriminatedUnion('kind', options);
}

/** The spec of a details object's kind (throws on a kind the registry does not hold). */
export function specOf(registry: KindRegistry, kind: string): AnyKindSpec {
  const spec = Object.prototype.hasOwnProperty.call(registry, kind) ? registry[kind] : undefined;
  if (!spec) throw new Error(`Unknown activity kind '${kind}'`);
  return spec;
}

/** Kinds in "sort by form" order (the registry's ranks). */
export const kindsByRank = (registry: KindRegistry): string[] =>
  Object.keys(registry).sort((a, b) => registry[a]!.rank - registry[b]!.rank);

/** The app's registry, widened for generic code. */
export const KINDS: KindRegistry = ACTIVITY_KINDS as unknown as KindRegistry;
