import { sql, type Kysely } from 'kysely';

/**
 * The PDF signed elsewhere with the agency's certificate (issue 13 item 5), kept as the legal
 * evidence of a submitted report (owner_kind 'report') or a plan ('plan'): one per document,
 * the file itself content-addressed under evidence/. The signer, issuer and signing time are
 * what the signature said when the app verified it. The change log sees it, so the next
 * "changes" bundle carries it. On the province side, prov_signed_documents holds what a
 * commune's bundle carried: no signer columns, because the province reads the signer from the
 * file's own signature each time it shows it, never from the commune.
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE signed_documents (
      id TEXT PRIMARY KEY,
      owner_kind TEXT NOT NULL CHECK (owner_kind IN ('report', 'plan')),
      owner_id TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      file_name TEXT NOT NULL,
      signer_subject TEXT NOT NULL,
      signer_issuer TEXT NOT NULL,
      signing_time TEXT,
      attached_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (owner_kind, owner_id))`,
    `CREATE TRIGGER signed_documents_log_ai AFTER INSERT ON signed_documents BEGIN
      INSERT INTO change_log(table_name, row_id, op, at) VALUES ('signed_documents', new.id, 'insert', new.updated_at); END`,
    `CREATE TRIGGER signed_documents_log_au AFTER UPDATE ON signed_documents BEGIN
      INSERT INTO change_log(table_name, row_id, op, at) VALUES ('signed_documents', new.id, 'update', new.updated_at); END`,
    `CREATE TABLE prov_signed_documents (
      commune_code TEXT NOT NULL,
      owner_kind TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      file_name TEXT NOT NULL,
      attached_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      PRIMARY KEY (commune_code, owner_kind, owner_id))`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
