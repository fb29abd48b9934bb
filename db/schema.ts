import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types, written once. JSON columns are TEXT holding JSON that the shared zod schemas
 * parse on the way out; timestamps are ISO-8601 TEXT (UTC); ids are UUID v7 TEXT.
 */
interface RowMetaTable {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface UnitsTable extends RowMetaTable {
  name: string;
  kind: string;
}

export interface PlansTable extends RowMetaTable {
  year: number;
  title: string;
  /** The whole PlanFields document (header, body, signer, annex layout) as JSON. */
  doc: string;
}

export interface PlanSectionsTable extends RowMetaTable {
  plan_id: string;
  position: number;
  title: string;
}

export interface PlanTasksTable extends RowMetaTable {
  plan_id: string;
  section_id: string | null;
  position: number;
  /** PlanTaskFields minus the indexed columns below, as JSON. */
  doc: string;
  target_count: number | null;
  status: string;
}

export interface ActivitiesTable extends RowMetaTable {
  kind: string;
  date: string;
  task_id: string | null;
  title: string;
  unit_name: string;
  /** CCHC areas as a JSON array. */
  areas: string;
  /** Kind-specific details (ActivityDetails) as JSON. */
  details: string;
  note: string;
  /** Denormalised figure the reports sum (minutes, count, attendees…), kept beside details. */
  quantity: number;
  entered_by: string;
  /** foldVietnamese(activitySearchText(...)): what FTS5 indexes. */
  search_text: string;
  evidence_count: ColumnType<number, number | undefined, number>;
  /** viSortKey(title) / viSortKey(unit_name): Vietnamese order by plain byte compare (0003). */
  title_key: ColumnType<string, string | undefined, string>;
  unit_key: ColumnType<string, string | undefined, string>;
  /** One bit per CCHC area (0003; activityToRow). */
  area_mask: ColumnType<number, number | undefined, number>;
  /** Unused since 0010: "sort by form" follows the kind registry's order, nothing stored. */
  kind_rank: ColumnType<number, number | undefined, number>;
}

export interface EvidenceFilesTable {
  sha256: string;
  size: number;
  mime: string;
  original_name: string;
  created_at: string;
}

export interface ActivityEvidenceTable {
  activity_id: string;
  sha256: string;
  name: string;
  created_at: string;
}

export interface ReportsTable extends RowMetaTable {
  year: number;
  kind: string;
  period_key: string;
  version: number;
  status: string;
  from_date: string;
  to_date: string;
  narrative: string;
  snapshot: string | null;
  snapshot_hash: string | null;
  submitted_at: string | null;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  table_name: string;
  row_id: string;
  op: string;
  at: string;
}

type Generated<T> = ColumnType<T, T | undefined, T>;

/** Issue 7: the commune's outbox and the province's trust list, chain heads and imported rows. */
export interface BundlesOutTable {
  id: string;
  seq: number;
  hash: string;
  prev_hash: string | null;
  file_name: string;
  folder: string;
  size: number;
  scope: string;
  periods: string;
  activities: number;
  key_id: string;
  report_id: string | null;
  change_seq: number;
  created_at: string;
}
export interface TrustedKeysTable {
  key_id: string;
  commune_code: string;
  commune_name: string;
  public_key: string;
  created_at: string;
  added_at: string;
  rotated_from: string | null;
}
export interface CommunesTable {
  code: string;
  name: string;
  province: string;
  last_seq: number | null;
  last_hash: string | null;
  last_bundle_at: string | null;
  updated_at: string;
}
export interface BundlesInTable {
  hash: string;
  bundle_id: string;
  commune_code: string;
  seq: number;
  key_id: string;
  created_at: string;
  imported_at: string;
  file_name: string;
  size: number;
  scope: string;
  periods: string;
  activities: number;
  note: string | null;
}
interface ProvRowMeta {
  commune_code: string;
  id: string;
  updated_at: string;
  deleted_at: string | null;
  data: string;
}
export interface ProvPlansTable extends ProvRowMeta {
  year: number;
}
export interface ProvSectionsTable extends ProvRowMeta {
  plan_id: string;
}
export interface ProvTasksTable extends ProvRowMeta {
  plan_id: string;
  status: string;
}
export interface ProvActivitiesTable extends Omit<ProvRowMeta, 'data'> {
  date: string;
  kind: string;
  quantity: number;
  task_id: string | null;
  title: string;
  unit_name: string;
  areas: string;
  details: string;
  note: string;
  entered_by: string;
  evidence_count: number;
  created_at: string;
}
export interface ProvReportsTable extends ProvRowMeta {
  period_key: string;
  version: number;
  submitted_at: string | null;
  snapshot_hash: string | null;
}
export interface ProvEvidenceTable {
  commune_code: string;
  activity_id: string;
  sha256: string;
  name: string;
  size: number;
  mime: string;
}

/** A PDF signed elsewhere, kept as a report's (or plan's) evidence (0015). */
export interface SignedDocumentsTable {
  id: string;
  owner_kind: 'report' | 'plan';
  owner_id: string;
  sha256: string;
  size: number;
  file_name: string;
  signer_subject: string;
  signer_issuer: string;
  signing_time: string | null;
  attached_at: string;
  updated_at: string;
}

/** What a commune's bundle carried, verified again at the province (0015). */
export interface ProvSignedDocumentsTable {
  commune_code: string;
  owner_kind: string;
  owner_id: string;
  sha256: string;
  size: number;
  file_name: string;
  attached_at: string;
  imported_at: string;
}

export interface Database {
  settings: SettingsTable;
  units: UnitsTable;
  plans: PlansTable;
  plan_sections: PlanSectionsTable;
  plan_tasks: PlanTasksTable;
  activities: ActivitiesTable;
  evidence_files: EvidenceFilesTable;
  activity_evidence: ActivityEvidenceTable;
  reports: ReportsTable;
  change_log: ChangeLogTable;
  bundles_out: BundlesOutTable;
  trusted_keys: TrustedKeysTable;
  communes: CommunesTable;
  bundles_in: BundlesInTable;
  prov_plans: ProvPlansTable;
  prov_sections: ProvSectionsTable;
  prov_tasks: ProvTasksTable;
  prov_activities: ProvActivitiesTable;
  prov_reports: ProvReportsTable;
  prov_evidence: ProvEvidenceTable;
  signed_documents: SignedDocumentsTable;
  prov_signed_documents: ProvSignedDocumentsTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type NewUnitRow = Insertable<UnitsTable>;
export type PlanRow = Selectable<PlansTable>;
export type PlanSectionRow = Selectable<PlanSectionsTable>;
export type PlanTaskRow = Selectable<PlanTasksTable>;
export type NewPlanTaskRow = Insertable<PlanTasksTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type NewActivityRow = Insertable<ActivitiesTable>;
/** A whole activity row as written by activityToRow (kind_rank is no longer filled, 0010). */
export type ActivityWriteRow = Omit<ActivityRow, 'kind_rank'>;
export type ActivityUpdate = Updateable<ActivitiesTable>;
export type ReportRow = Selectable<ReportsTable>;
