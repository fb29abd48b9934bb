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
/** Rows per UPDATE: (1 + columns) parameters each, well under SQLite's 32,766. */
const BATCH = 1_000;

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
    // Rows grouped by which of their cells changed: an UPDATE then sets only those columns, so
    // SQLite maintains only the indexes that hold them (date, kind… are never touched).
    const groups = new Map<string, { cols: string[]; rows: unknown[][] }>();
    for (const row of rows.rows) {
      const changed: string[] = [];
      const cells: unknown[] = [row._rowid_];
      for (const c of cols) {
        const v = row[c];
        const n = typeof v === 'string' ? nfcCell(v) : v;
        if (n === v) continue;
        changed.push(c);
        cells.push(n);
      }
      if (!changed.length) continue;
      const key = changed.join(',');
      if (!groups.has(key)) groups.set(key, { cols: changed, rows: [] });
      groups.get(key)!.rows.push(cells);
    }
    // Through a keyed temp table and one UPDATE … FROM per group: a commune typing with Unikey
    // "tổ hợp" has every row decomposed: 150,000 single-row updates took 30 s here, this takes a few seconds.
    for (const g of groups.values()) {
      const names = g.cols.map((_, k) => `c${k}`);
      await sql.raw(`CREATE TEMP TABLE nfc_fix (rid INTEGER PRIMARY KEY, ${names.join(', ')})`).execute(db);
      for (let i = 0; i < g.rows.length; i += BATCH) {
        const values = sql.join(g.rows.slice(i, i + BATCH).map((cells) => sql`(${sql.join(cells)})`));
        await sql`INSERT INTO temp.nfc_fix VALUES ${values}`.execute(db);
      }
      const set = g.cols.map((c, k) => `"${c}" = f.${names[k]}`).join(', ');
      await sql.raw(`UPDATE "${table}" SET ${set} FROM temp.nfc_fix AS f WHERE "${table}".rowid = f.rid`).execute(db);
      await sql.raw('DROP TABLE temp.nfc_fix').execute(db);
    }
  }
}
