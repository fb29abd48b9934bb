import { sql, type Kysely } from 'kysely';

/**
 * Text stored before the NFC rule (issue 12: Unikey "Unicode tổ hợp" and some Word files give
 * decomposed letters) rewritten in NFC, so an equality (Đơn vị = "Đài truyền thanh xã"), a
 * duplicate check or the report's narrative check finds it like any text typed since.
 *
 * Only the commune's own editable data. Left exactly as they are: submitted reports (frozen with
 * their hash; the table's trigger would refuse anyway), everything received from communes
 * (prov_*, bundles_in, communes: signed bytes, stored as sent), the key tables, signed documents
 * and the change log. A cell holding JSON (plan doc, activity details, settings values, report
 * drafts) is parsed, its strings normalized and written back, so an escape like "\n" followed by
 * a stray combining mark can never compose into something that is no longer JSON.
 * No updated_at is touched: the letters did not change, only their encoding.
 * Frozen in time: later changes go in a new migration, never here.
 */
const TABLES: Record<string, { where?: string }> = {
  settings: {},
  units: {},
  plans: {},
  plan_sections: {},
  plan_tasks: {},
  activities: {},
  activity_evidence: {},
  evidence_files: {},
  reports: { where: 'submitted_at IS NULL' },
};
/**
 * Bookkeeping columns (ids, hashes, times) and derived ones: the search text and the sort keys
 * are computed by their own folding (search_text is deliberately decomposed, as the query is),
 * and that stays right whichever form the source text had.
 */
const SKIP = new Set([
  'id',
  'created_at',
  'updated_at',
  'deleted_at',
  'submitted_at',
  'sha256',
  'snapshot',
  'snapshot_hash',
  'search_text',
  'title_key',
  'unit_key',
]);

const NON_ASCII = /[\u0080-\uffff]/;

function nfcDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k.normalize('NFC')] = nfcDeep(x);
    return out;
  }
  return v;
}

/** The cell in NFC: JSON (object or array) through its strings, anything else as text. */
function nfcCell(text: string): string {
  if (!NON_ASCII.test(text) || text === text.normalize('NFC')) return text;
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      return JSON.stringify(nfcDeep(JSON.parse(text)));
    } catch {
      // Not JSON after all: plain text.
    }
  }
  return text.normalize('NFC');
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, { where }] of Object.entries(TABLES)) {
    const info = await sql<{ name: string; type: string }>`SELECT name, type FROM pragma_table_info(${table})`.execute(db);
    const cols = info.rows.filter((c) => /TEXT/i.test(c.type) && !SKIP.has(c.name)).map((c) => c.name);
    if (!cols.length) continue;
    const list = cols.map((c) => `"${c}"`).join(', ');
    const rows = await sql
      .raw<Record<string, unknown>>(`SELECT rowid AS _rowid_, ${list} FROM "${table}"${where ? ` WHERE ${where}` : ''}`)
      .execute(db);
    for (const row of rows.rows) {
      const changed = cols.filter((c) => typeof row[c] === 'string' && nfcCell(row[c] as string) !== row[c]);
      if (!changed.length) continue;
      const set = sql.join(changed.map((c) => sql`${sql.ref(c)} = ${nfcCell(row[c] as string)}`));
      await sql`UPDATE ${sql.table(table)} SET ${set} WHERE rowid = ${row._rowid_}`.execute(db);
    }
  }
}
