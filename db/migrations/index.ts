import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0003 from './0003_activity_sort_keys';
import * as m0004 from './0004_reports';
import * as m0005 from './0005_bundles';
import * as m0006 from './0006_fts_single_update_trigger';
import * as m0010 from './0010_kind_order';
import * as m0014 from './0014_activity_area_index';
import * as m0015 from './0015_signed_documents';
import * as m0021 from './0021_post_links_index';
import * as m0024 from './0024_text_nfc';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** Static, ordered list: bundlers keep it, and a missing file fails the build, not a user. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: m0001.up },
  { version: 3, name: 'activity_sort_keys', up: m0003.up },
  { version: 4, name: 'reports', up: m0004.up },
  { version: 5, name: 'bundles', up: m0005.up },
  { version: 6, name: 'fts_single_update_trigger', up: m0006.up },
  { version: 10, name: 'kind_order', up: m0010.up },
  { version: 14, name: 'activity_area_index', up: m0014.up },
  { version: 15, name: 'signed_documents', up: m0015.up },
  { version: 21, name: 'post_links_index', up: m0021.up },
  { version: 24, name: 'text_nfc', up: m0024.up },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
