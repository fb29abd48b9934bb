import type { z } from 'zod';
import { common } from '../../strings/common';
import { reportsText } from '../../strings/reports';

/** One input of a form, in the order the form shows it. */
export type FieldSpec<Key extends string = string> =
  | { key: Key; input: 'select'; label: string; options: readonly string[]; optionLabels: Readonly<Record<string, string>> }
  | { key: Key; input: 'number'; label: string; nullable?: boolean }
  | { key: Key; input: 'text'; label: string }
  | { key: Key; input: 'date'; label: string }
  /** Short texts separated by commas (the broadcast's time slots). */
  | { key: Key; input: 'list'; label: string };

/**
 * One line of the report's "by form" table (Bảng 1). `key` (`<kind>.<name>`) is frozen in the
 * report snapshots: never rename one. `sub`: only activities of this sub-kind (a value of the
 * spec's `subKind` field), null: all of the form. `measure`: n = number of activities, q = the
 * quantity column, m = broadcast minutes (duration × repeats; the stored column knows broadcast only).
 */
export interface IndicatorSpec {
  key: string;
  sub: string | null;
  measure: 'n' | 'q' | 'm';
  unit: string;
  label: string;
}

/** An indicator whose label is in shared/strings/reports.ts (`indicators`), by its key. */
export const indicator = (key: string, sub: string | null, measure: IndicatorSpec['measure'], unit: string): IndicatorSpec => ({
  key,
  sub,
  measure,
  unit,
  label: reportsText.indicators[key] ?? key,
});
export const reportUnits = reportsText.units;

/** What the .xlsx import's generic columns bring to a form's details. */
export interface ImportCells {
  quantity: number | null;
  place: string;
  subKind: string;
  slot: string;
  repeats: number;
  date: string | null;
}

/**
 * Everything the app knows about one form of activity (hình thức). The registry
 * (kinds/index.ts) holds one per kind; the schema, the form, the .xlsx columns, the report's
 * quantity, the dashboard and the list's sort order are all read from it.
 */
/** A details variant: a strict object whose `kind` literal names the form. */
export type DetailsSchema = z.ZodObject<{ kind: z.ZodLiteral<string> } & z.ZodRawShape, z.core.$strict>;

export interface KindSpec<S extends DetailsSchema = DetailsSchema, D extends z.output<S> = z.output<S>> {
  /** The details' zod variant, discriminated by `kind`. */
  schema: S;
  /** Full name (lists, forms, documents) and short name (chart legends, narrow columns). */
  label: string;
  shortLabel: string;
  /** The narrowest name: a column header in a table of every form (the CLI's consolidated table). */
  columnLabel: string;
  /** Place in "sort by form" (lower first). Only relative order matters; reordering needs no migration. */
  rank: number;
  /** An online channel (criterion 4.2 of the commune CCHC index: online vs traditional forms). */
  online: boolean;
  /** Dashboard tile and chart colour. */
  color: string;
  /** A new form's details. */
  defaults: D;
  /**
   * Plausible upper bounds of the counts, checked when the officer saves (ActivityFields), not
   * when a stored row or a bundle is read: data written before a bound existed still opens.
   */
  bounds: Readonly<Partial<Record<Extract<keyof D, string>, number>>>;
  /** The form's inputs for the details, in order. */
  fields: readonly FieldSpec<Extract<keyof D, string>>[];
  /**
   * What the next new entry of this form takes from the last one: only what belongs to the
   * officer or the place (station, unit, venue, groups) — never dates, the linked task or counts.
   */
  carryOver: readonly Extract<keyof D, string>[];
  /** "Lặp lại": the form can be saved as a series of dates. */
  series: boolean;
  /** Its lines in the report's "by form" table, in order (report-indicators.ts lists every kind's). */
  indicators: readonly IndicatorSpec[];
  /**
   * The details field whose value a line's `sub` names (the report groups by it); null: none.
   * Not always `subKind` (the import's "Loại" column): online posts are imported by channel but
   * reported by kind of post.
   */
  reportSub: Extract<keyof D, string> | null;
  /** The one number a report sums for an activity of this form (stored in activities.quantity). */
  quantity(d: D): number;
  /** The .xlsx "Chi tiết" cell. */
  detailText(d: D): string;
  /** Detail texts the full-text search indexes. */
  searchText(d: D): string[];
  /** The details field holding the sub-kind, and its labels (imports match them); null: none. */
  subKind: { field: Extract<keyof D, string>; labels: Readonly<Record<string, string>> } | null;
  /** How the import reads the quantity column: broadcast minutes ("05:30") or a count. */
  importQuantity: 'minutes' | 'count';
  /** Details from an .xlsx row's generic columns (validated by `schema` afterwards). */
  fromImport(v: ImportCells): Record<string, unknown>;
}

/** Any kind's spec, for code that handles every kind alike (its functions take that kind's details). */
export type AnyKindSpec = KindSpec<any>;

/** A spec typed by its own schema, so the fields, carry-over and functions are checked against it. */
export const defineKind = <S extends DetailsSchema>(spec: KindSpec<S>): KindSpec<S> => spec;

export const joinParts = (parts: readonly (string | false | null | undefined)[]): string => parts.filter(Boolean).join('; ');

/** Put-up/take-down, start/end: the end may not come before the start. */
export const endNotBeforeStart = <T extends { startDate?: string | null; endDate?: string | null }>(d: T) =>
  !d.startDate || !d.endDate || d.endDate >= d.startDate;
export const endMessage = { message: common.validation.endBeforeStart, path: ['endDate'] };
