import { KINDS, specOf, type ActivityKind, type KindRegistry } from './index';

/** Details are plain JSON, so a JSON copy is a deep copy. */
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** A form's details while being typed: any values, checked by the schema on save. */
export type DraftDetails = Record<string, unknown> & { kind: ActivityKind };

/** A new form's details, from the registry. */
export function defaultDetails(kind: ActivityKind, registry: KindRegistry = KINDS): DraftDetails {
  return clone(specOf(registry, kind).defaults) as DraftDetails;
}

/**
 * The next entry's details after `last` of the same form: the defaults, plus only the fields
 * the registry carries over (what belongs to the officer or the place, never dates or counts).
 */
export function carriedOver(registry: KindRegistry, last: { kind: string } & Record<string, unknown>): DraftDetails {
  const spec = specOf(registry, last.kind);
  const out = clone(spec.defaults) as DraftDetails;
  for (const key of spec.carryOver) if (key in last) out[key] = clone(last[key]);
  return out;
}
