import type { AnyKindSpec } from './spec';
import { broadcast } from './broadcast';
import { visual } from './visual';
import { meeting } from './meeting';
import { online } from './online';
import { contest } from './contest';
import { tthcPosting } from './tthc-posting';
import { publication } from './publication';

/**
 * The registry of activity kinds (hình thức): one spec per kind, keyed by the kind's code. The
 * list of forms (COMMUNICATION_FORMS in common.ts) is this table's keys, so a new kind is a new
 * spec file listed here plus its strings (docs/DEVELOPING.md, "A new form of activity"). This
 * module holds the table only: everything else is derived from it in kinds/index.ts and
 * elsewhere, so a test can extend it (vi.mock, spreading this table) and reach every screen.
 */
export const ACTIVITY_KINDS = { broadcast, visual, meeting, online, contest, tthcPosting, publication } satisfies Record<
  string,
  AnyKindSpec
>;

/** Compile-time check: each entry's details are of the kind its key names. */
type KeysNameTheirKind<T> = { [K in keyof T]: { defaults: { kind: K } } };
ACTIVITY_KINDS satisfies KeysNameTheirKind<typeof ACTIVITY_KINDS>;
