var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bench/explore.tmp.ts
var import_node_path5 = __toESM(require("node:path"), 1);
var import_node_fs4 = __toESM(require("node:fs"), 1);

// db/host.ts
var import_node_path4 = __toESM(require("node:path"), 1);

// db/open.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_better_sqlite3 = __toESM(require("better-sqlite3"), 1);
var import_kysely4 = require("kysely");

// db/migrate.ts
var import_kysely3 = require("kysely");

// db/migrations/0001_initial.ts
var import_kysely = require("kysely");
async function up(db) {
  const meta2 = `id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT`;
  const synced = ["units", "plans", "plan_sections", "plan_tasks", "activities", "reports"];
  const statements = [
    `CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE TABLE units (${meta2}, name TEXT NOT NULL, kind TEXT NOT NULL)`,
    `CREATE TABLE plans (${meta2}, year INTEGER NOT NULL, title TEXT NOT NULL, doc TEXT NOT NULL)`,
    `CREATE INDEX plans_year ON plans(year)`,
    `CREATE TABLE plan_sections (${meta2},
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      position INTEGER NOT NULL, title TEXT NOT NULL)`,
    `CREATE INDEX plan_sections_plan ON plan_sections(plan_id, position)`,
    `CREATE TABLE plan_tasks (${meta2},
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      section_id TEXT REFERENCES plan_sections(id) ON DELETE SET NULL,
      position INTEGER NOT NULL, doc TEXT NOT NULL,
      target_count INTEGER, status TEXT NOT NULL)`,
    `CREATE INDEX plan_tasks_plan ON plan_tasks(plan_id, position)`,
    `CREATE TABLE activities (${meta2},
      kind TEXT NOT NULL, date TEXT NOT NULL,
      task_id TEXT REFERENCES plan_tasks(id),
      title TEXT NOT NULL, unit_name TEXT NOT NULL, areas TEXT NOT NULL,
      details TEXT NOT NULL, note TEXT NOT NULL, quantity INTEGER NOT NULL,
      entered_by TEXT NOT NULL, search_text TEXT NOT NULL,
      evidence_count INTEGER NOT NULL DEFAULT 0)`,
    // Covering index for the list and the report GROUP BY (date window, kind).
    `CREATE INDEX activities_date ON activities(deleted_at, date, kind, quantity)`,
    `CREATE INDEX activities_task ON activities(task_id) WHERE task_id IS NOT NULL`,
    `CREATE VIRTUAL TABLE activities_fts USING fts5(search_text, content='activities', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER activities_fts_ai AFTER INSERT ON activities BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TRIGGER activities_fts_ad AFTER DELETE ON activities BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au AFTER UPDATE OF search_text ON activities BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TABLE evidence_files (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL,
      mime TEXT NOT NULL, original_name TEXT NOT NULL, created_at TEXT NOT NULL)`,
    `CREATE TABLE activity_evidence (
      activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      sha256 TEXT NOT NULL REFERENCES evidence_files(sha256),
      name TEXT NOT NULL, created_at TEXT NOT NULL,
      PRIMARY KEY (activity_id, sha256))`,
    `CREATE INDEX activity_evidence_sha ON activity_evidence(sha256)`,
    `CREATE TABLE reports (${meta2},
      year INTEGER NOT NULL, kind TEXT NOT NULL, period_key TEXT NOT NULL,
      version INTEGER NOT NULL, status TEXT NOT NULL,
      from_date TEXT NOT NULL, to_date TEXT NOT NULL, narrative TEXT NOT NULL,
      snapshot TEXT, snapshot_hash TEXT, submitted_at TEXT,
      UNIQUE (period_key, version))`,
    `CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL,
      row_id TEXT NOT NULL, op TEXT NOT NULL, at TEXT NOT NULL)`,
    // The change log is written by triggers so that no code path can forget it.
    ...synced.flatMap((t2) => [
      `CREATE TRIGGER ${t2}_log_ai AFTER INSERT ON ${t2} BEGIN
        INSERT INTO change_log(table_name, row_id, op, at) VALUES ('${t2}', new.id, 'insert', new.updated_at); END`,
      `CREATE TRIGGER ${t2}_log_au AFTER UPDATE ON ${t2} BEGIN
        INSERT INTO change_log(table_name, row_id, op, at)
        VALUES ('${t2}', new.id, CASE WHEN new.deleted_at IS NOT NULL AND old.deleted_at IS NULL THEN 'delete' ELSE 'update' END, new.updated_at); END`
    ])
  ];
  for (const s of statements) await import_kysely.sql.raw(s).execute(db);
}

// db/migrations/0003_activity_sort_keys.ts
var import_kysely2 = require("kysely");

// shared/vi-sort.ts
var ALPHABET = ["a", "\u0103", "\xE2", "b", "c", "d", "\u0111", "e", "\xEA", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "\xF4", "\u01A1", "p", "q", "r", "s", "t", "u", "\u01B0", "v", "w", "x", "y", "z"];
var TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
var TABLE = /* @__PURE__ */ new Map();
ALPHABET.forEach((letter, i) => {
  const code = String.fromCharCode(65 + i);
  TONE_MARKS.forEach((mark, tone) => {
    const lower = (letter + mark).normalize("NFC");
    TABLE.set(lower, [code, String(tone)]);
    TABLE.set(lower.toUpperCase(), [code, String(tone)]);
  });
});
for (let d = 0; d <= 9; d++) TABLE.set(String(d), [String(d), "0"]);
function viSortKey(text) {
  const s = text.normalize("NFC");
  let primary = "";
  let tones = "";
  let space = false;
  for (const ch of s) {
    const hit = TABLE.get(ch);
    if (hit) {
      if (space && primary) primary += "!";
      space = false;
      primary += hit[0];
      tones += hit[1];
    } else if (ch === " " || ch === "	" || ch === "\n" || ch === "\xA0") {
      space = true;
    } else if (/\p{L}/u.test(ch)) {
      if (space && primary) primary += "!";
      space = false;
      primary += ch.toLowerCase();
      tones += "0";
    }
  }
  return `${primary}${tones}`;
}

// db/migrations/0003_activity_sort_keys.ts
var AREAS = ["institutions", "procedures", "apparatus", "civilService", "publicFinance", "digitalGov"];
var KIND_ORDER = ["publication", "contest", "meeting", "broadcast", "tthcPosting", "visual", "online"];
async function up2(db) {
  const areaMask = AREAS.map((a, i) => `(CASE WHEN instr(areas, '"${a}"') > 0 THEN ${1 << i} ELSE 0 END)`).join(" | ");
  const kindRank = `CASE kind ${KIND_ORDER.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} ELSE 99 END`;
  const statements = [
    `ALTER TABLE activities ADD COLUMN title_key TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE activities ADD COLUMN unit_key TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE activities ADD COLUMN area_mask INTEGER GENERATED ALWAYS AS (${areaMask}) VIRTUAL`,
    `ALTER TABLE activities ADD COLUMN kind_rank INTEGER GENERATED ALWAYS AS (${kindRank}) VIRTUAL`,
    `CREATE INDEX activities_list ON activities(deleted_at, date, kind, evidence_count, area_mask, unit_name)`,
    `CREATE INDEX activities_unit ON activities(deleted_at, unit_name, date)`,
    `CREATE INDEX activities_title_key ON activities(deleted_at, title_key)`,
    `CREATE INDEX activities_unit_key ON activities(deleted_at, unit_key)`,
    `CREATE INDEX activities_kind_rank ON activities(deleted_at, kind_rank, date)`,
    `DROP TRIGGER activities_fts_ai`,
    `DROP TRIGGER activities_fts_ad`,
    `DROP TRIGGER activities_fts_au`,
    `CREATE TRIGGER activities_fts_ai AFTER INSERT ON activities WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TRIGGER activities_fts_ad AFTER DELETE ON activities WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au_old AFTER UPDATE OF search_text, deleted_at ON activities WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au_new AFTER UPDATE OF search_text, deleted_at ON activities WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `INSERT INTO activities_fts(activities_fts) VALUES ('delete-all')`,
    `INSERT INTO activities_fts(rowid, search_text) SELECT rowid, search_text FROM activities WHERE deleted_at IS NULL`
  ];
  for (const s of statements) await import_kysely2.sql.raw(s).execute(db);
  const rows = await import_kysely2.sql`SELECT id, title, unit_name FROM activities`.execute(db);
  for (const r of rows.rows) {
    await import_kysely2.sql`UPDATE activities SET title_key = ${viSortKey(r.title)}, unit_key = ${viSortKey(r.unit_name)} WHERE id = ${r.id}`.execute(db);
  }
}

// db/migrations/index.ts
var migrations = [
  { version: 1, name: "initial", up },
  { version: 3, name: "activity_sort_keys", up: up2 }
];
var LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;

// shared/errors.ts
var AppError = class extends Error {
  code;
  details;
  constructor(code, message, details) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
  toShape() {
    return this.details === void 0 ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
};

// shared/strings/common.ts
var common = {
  appName: "Tuy\xEAn truy\u1EC1n CCHC",
  appTagline: "K\u1EBF ho\u1EA1ch, nh\u1EADt k\xFD v\xE0 b\xE1o c\xE1o tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh",
  nav: {
    dashboard: "T\u1ED5ng quan",
    plans: "K\u1EBF ho\u1EA1ch",
    activities: "Nh\u1EADt k\xFD ho\u1EA1t \u0111\u1ED9ng",
    reports: "B\xE1o c\xE1o",
    bundles: "G\u1EEDi t\u1EC9nh",
    settings: "C\xE0i \u0111\u1EB7t",
    help: "Tr\u1EE3 gi\xFAp"
  },
  actions: {
    save: "L\u01B0u",
    cancel: "Hu\u1EF7",
    delete: "Xo\xE1",
    edit: "S\u1EEDa",
    add: "Th\xEAm",
    close: "\u0110\xF3ng",
    undo: "Ho\xE0n t\xE1c",
    confirm: "X\xE1c nh\u1EADn",
    retry: "Th\u1EED l\u1EA1i",
    print: "In",
    exportPdf: "Xu\u1EA5t PDF",
    exportDocx: "Xu\u1EA5t Word",
    exportXlsx: "Xu\u1EA5t Excel"
  },
  status: {
    loading: "\u0110ang t\u1EA3i\u2026",
    saving: "\u0110ang l\u01B0u\u2026",
    saved: "\u0110\xE3 l\u01B0u",
    empty: "Ch\u01B0a c\xF3 d\u1EEF li\u1EC7u"
  },
  errors: {
    invalidInput: "D\u1EEF li\u1EC7u nh\u1EADp ch\u01B0a h\u1EE3p l\u1EC7. Vui l\xF2ng ki\u1EC3m tra l\u1EA1i c\xE1c \xF4 \u0111\u01B0\u1EE3c \u0111\xE1nh d\u1EA5u r\u1ED3i l\u01B0u l\u1EA1i.",
    unknownChannel: "\u1EE8ng d\u1EE5ng g\u1EEDi m\u1ED9t y\xEAu c\u1EA7u kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3. Vui l\xF2ng c\u1EADp nh\u1EADt \u1EE9ng d\u1EE5ng l\xEAn phi\xEAn b\u1EA3n m\u1EDBi nh\u1EA5t.",
    notFound: "Kh\xF4ng t\xECm th\u1EA5y d\u1EEF li\u1EC7u c\u1EA7n thao t\xE1c (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB xo\xE1). Vui l\xF2ng t\u1EA3i l\u1EA1i trang.",
    internal: "\u0110\xE3 x\u1EA3y ra l\u1ED7i kh\xF4ng mong mu\u1ED1n. D\u1EEF li\u1EC7u c\u1EE7a b\u1EA1n ch\u01B0a b\u1ECB thay \u0111\u1ED5i. Vui l\xF2ng th\u1EED l\u1EA1i; n\u1EBFu v\u1EABn l\u1ED7i, h\xE3y sao l\u01B0u v\xE0 li\xEAn h\u1EC7 c\xE1n b\u1ED9 CNTT.",
    forbidden: "Y\xEAu c\u1EA7u b\u1ECB t\u1EEB ch\u1ED1i v\xEC kh\xF4ng \u0111\u1EBFn t\u1EEB c\u1EEDa s\u1ED5 c\u1EE7a \u1EE9ng d\u1EE5ng. Vui l\xF2ng m\u1EDF l\u1EA1i \u1EE9ng d\u1EE5ng.",
    network: "Kh\xF4ng k\u1EBFt n\u1ED1i \u0111\u01B0\u1EE3c v\u1EDBi ph\u1EA7n x\u1EED l\xFD c\u1EE7a \u1EE9ng d\u1EE5ng. Vui l\xF2ng ki\u1EC3m tra \u1EE9ng d\u1EE5ng c\xF2n \u0111ang ch\u1EA1y r\u1ED3i t\u1EA3i l\u1EA1i trang.",
    dbFromNewerVersion: (found, supported) => `C\u01A1 s\u1EDF d\u1EEF li\u1EC7u n\xE0y \u0111\u01B0\u1EE3c t\u1EA1o b\u1EDFi phi\xEAn b\u1EA3n \u1EE9ng d\u1EE5ng m\u1EDBi h\u01A1n (phi\xEAn b\u1EA3n d\u1EEF li\u1EC7u ${found}, \u1EE9ng d\u1EE5ng n\xE0y ch\u1EC9 \u0111\u1ECDc \u0111\u01B0\u1EE3c \u0111\u1EBFn ${supported}). D\u1EEF li\u1EC7u \u0111\u01B0\u1EE3c gi\u1EEF nguy\xEAn, kh\xF4ng b\u1ECB thay \u0111\u1ED5i. Vui l\xF2ng c\xE0i \u0111\u1EB7t phi\xEAn b\u1EA3n \u1EE9ng d\u1EE5ng m\u1EDBi nh\u1EA5t r\u1ED3i m\u1EDF l\u1EA1i.`,
    dbCorrupt: "T\u1EC7p c\u01A1 s\u1EDF d\u1EEF li\u1EC7u b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c. T\u1EC7p \u0111\u01B0\u1EE3c gi\u1EEF nguy\xEAn; h\xE3y kh\xF4i ph\u1EE5c t\u1EEB b\u1EA3n sao l\u01B0u g\u1EA7n nh\u1EA5t.",
    dbLocked: "C\u01A1 s\u1EDF d\u1EEF li\u1EC7u \u0111ang \u0111\u01B0\u1EE3c m\u1ED9t c\u1EEDa s\u1ED5 \u1EE9ng d\u1EE5ng kh\xE1c s\u1EED d\u1EE5ng. Vui l\xF2ng d\xF9ng c\u1EEDa s\u1ED5 \u0111ang m\u1EDF ho\u1EB7c \u0111\xF3ng n\xF3 tr\u01B0\u1EDBc."
  },
  validation: {
    required: "Kh\xF4ng \u0111\u01B0\u1EE3c \u0111\u1EC3 tr\u1ED1ng",
    tooLong: (max) => `D\xE0i qu\xE1 ${max} k\xFD t\u1EF1`,
    invalidDate: "Ng\xE0y kh\xF4ng h\u1EE3p l\u1EC7 (\u0111\u1ECBnh d\u1EA1ng dd/mm/yyyy)",
    notNegative: "Kh\xF4ng \u0111\u01B0\u1EE3c l\xE0 s\u1ED1 \xE2m",
    wholeNumber: "Ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn",
    endBeforeStart: "Ng\xE0y k\u1EBFt th\xFAc kh\xF4ng \u0111\u01B0\u1EE3c tr\u01B0\u1EDBc ng\xE0y b\u1EAFt \u0111\u1EA7u"
  }
};

// db/migrate.ts
function readSchemaVersion(sqlite) {
  return Number(sqlite.pragma("user_version", { simple: true }));
}
async function migrate(db, sqlite, upTo = LATEST_SCHEMA_VERSION, list = migrations) {
  assertIncreasing(list);
  const current = readSchemaVersion(sqlite);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError("DB_FROM_NEWER_VERSION", common.errors.dbFromNewerVersion(current, LATEST_SCHEMA_VERSION));
  }
  for (const m of list) {
    if (m.version <= current || m.version > upTo) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      await import_kysely3.sql.raw(`PRAGMA user_version = ${m.version}`).execute(trx);
    });
  }
  return readSchemaVersion(sqlite);
}
function assertIncreasing(list) {
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1].version) throw new Error(`migrations out of order at ${m.name}`);
  });
}

// db/open.ts
function inspectDatabaseFile(file) {
  let probe;
  try {
    probe = new import_better_sqlite3.default(file, { readonly: true, fileMustExist: true });
    const version = readSchemaVersion(probe);
    const check = probe.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new AppError("DB_CORRUPT", common.errors.dbCorrupt, { check });
    return { schemaVersion: version };
  } catch (e2) {
    if (e2 instanceof AppError) throw e2;
    throw new AppError("DB_CORRUPT", common.errors.dbCorrupt, { cause: String(e2) });
  } finally {
    probe?.close();
  }
}
async function openDatabase(file, opts = {}) {
  const exists = import_node_fs.default.existsSync(file) && import_node_fs.default.statSync(file).size > 0;
  if (exists) {
    const { schemaVersion } = inspectDatabaseFile(file);
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError("DB_FROM_NEWER_VERSION", common.errors.dbFromNewerVersion(schemaVersion, LATEST_SCHEMA_VERSION), {
        found: schemaVersion,
        supported: LATEST_SCHEMA_VERSION
      });
    }
  } else {
    import_node_fs.default.mkdirSync(import_node_path.default.dirname(file), { recursive: true });
  }
  const sqlite = new import_better_sqlite3.default(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new import_kysely4.Kysely({ dialect: new import_kysely4.SqliteDialect({ database: sqlite }) });
    const current = readSchemaVersion(sqlite);
    if (current > 0 && current < LATEST_SCHEMA_VERSION) await opts.beforeMigrate?.(sqlite, current, LATEST_SCHEMA_VERSION);
    await migrate(db, sqlite);
    return {
      db,
      sqlite,
      file,
      // Kysely's destroy closes the better-sqlite3 handle too.
      close: () => db.destroy()
    };
  } catch (e2) {
    if (sqlite.open) sqlite.close();
    throw e2;
  }
}

// shared/ids.ts
var webCrypto = globalThis.crypto;
function newId(now = Date.now()) {
  const bytes = new Uint8Array(16);
  webCrypto.getRandomValues(bytes);
  let ts = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  bytes[6] = bytes[6] & 15 | 112;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function nowIso() {
  return (/* @__PURE__ */ new Date()).toISOString();
}

// db/repositories/settings.ts
async function getSetting(db, key) {
  const row = await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
  return row ? JSON.parse(row.value) : void 0;
}
async function putSetting(db, key, value) {
  const json = JSON.stringify(value);
  const at = nowIso();
  await db.insertInto("settings").values({ key, value: json, updated_at: at }).onConflict((oc) => oc.column("key").doUpdateSet({ value: json, updated_at: at })).execute();
}

// shared/domain/settings.ts
var import_zod2 = require("zod");

// shared/domain/common.ts
var import_zod = require("zod");

// shared/text.ts
function foldVietnamese(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
var collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
var compareVi = (a, b) => collator.compare(a, b);
function formatDateVi(iso) {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
function parseDateVi(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isValidIsoDate(iso) ? iso : null;
}
function isValidIsoDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

// shared/domain/common.ts
var v = common.validation;
var Id = import_zod.z.uuid();
var IsoDate = import_zod.z.string().refine(isValidIsoDate, { message: v.invalidDate });
var IsoDateTime = import_zod.z.iso.datetime({ offset: true });
var Text = (max) => import_zod.z.string().max(max, { message: v.tooLong(max) });
var RequiredText = (max) => Text(max).trim().min(1, { message: v.required });
var Count = import_zod.z.number().int({ message: v.wholeNumber }).min(0, { message: v.notNegative });
var CCHC_AREAS = ["institutions", "procedures", "apparatus", "civilService", "publicFinance", "digitalGov"];
var CchcArea = import_zod.z.enum(CCHC_AREAS);
var COMMUNICATION_FORMS = ["broadcast", "visual", "meeting", "online", "contest", "tthcPosting", "publication"];
var CommunicationForm = import_zod.z.enum(COMMUNICATION_FORMS);
var RowMeta = import_zod.z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable()
});

// shared/strings/settings.ts
var settingsText = {
  setupTitle: "Thi\u1EBFt l\u1EADp l\u1EA7n \u0111\u1EA7u",
  setupIntro: "Ch\xE0o m\u1EEBng b\u1EA1n! H\xE3y nh\u1EADp th\xF4ng tin c\u1EE7a x\xE3/ph\u01B0\u1EDDng. C\xE1c th\xF4ng tin n\xE0y \u0111\u01B0\u1EE3c in l\xEAn k\u1EBF ho\u1EA1ch, b\xE1o c\xE1o v\xE0 g\xF3i d\u1EEF li\u1EC7u g\u1EEDi t\u1EC9nh; b\u1EA1n c\xF3 th\u1EC3 s\u1EEDa l\u1EA1i trong m\u1EE5c C\xE0i \u0111\u1EB7t.",
  communeName: "T\xEAn x\xE3/ph\u01B0\u1EDDng",
  communeNameHint: "V\xED d\u1EE5: x\xE3 Quy\u1EBFt Th\u1EAFng",
  communeCode: "M\xE3 \u0111\u01A1n v\u1ECB h\xE0nh ch\xEDnh",
  communeCodeHint: "M\xE3 s\u1ED1 c\u1EE7a x\xE3/ph\u01B0\u1EDDng theo danh m\u1EE5c h\xE0nh ch\xEDnh (5 ch\u1EEF s\u1ED1), v\xED d\u1EE5 06373",
  province: "T\u1EC9nh/th\xE0nh ph\u1ED1",
  provinceHint: "V\xED d\u1EE5: t\u1EC9nh Th\xE1i Nguy\xEAn",
  officerName: "C\xE1n b\u1ED9 ph\u1EE5 tr\xE1ch",
  officerNameHint: "H\u1ECD v\xE0 t\xEAn ng\u01B0\u1EDDi nh\u1EADp li\u1EC7u",
  officerTitle: "Ch\u1EE9c v\u1EE5",
  start: "B\u1EAFt \u0111\u1EA7u s\u1EED d\u1EE5ng",
  saved: "\u0110\xE3 l\u01B0u th\xF4ng tin x\xE3/ph\u01B0\u1EDDng",
  title: "C\xE0i \u0111\u1EB7t",
  communeSection: "Th\xF4ng tin x\xE3/ph\u01B0\u1EDDng",
  unitsSection: "Danh s\xE1ch \u0111\u01A1n v\u1ECB",
  unitName: "T\xEAn \u0111\u01A1n v\u1ECB",
  unitKind: "Lo\u1EA1i",
  addUnit: "Th\xEAm \u0111\u01A1n v\u1ECB",
  codeInvalid: "M\xE3 \u0111\u01A1n v\u1ECB h\xE0nh ch\xEDnh g\u1ED3m 5 ch\u1EEF s\u1ED1"
};

// shared/domain/settings.ts
var CommuneSettings = import_zod2.z.object({
  communeName: RequiredText(120),
  communeCode: import_zod2.z.string().trim().regex(/^\d{5}$/, { message: settingsText.codeInvalid }),
  province: RequiredText(120),
  officerName: RequiredText(120),
  officerTitle: Text(120).default("")
}).strict();

// db/services/settings.ts
var KEY = "commune";
async function getCommuneSettings(ctx) {
  const raw = await getSetting(ctx.db, KEY);
  if (raw === void 0) return null;
  const parsed = CommuneSettings.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
async function saveCommuneSettings(ctx, input) {
  const value = CommuneSettings.parse(input);
  await putSetting(ctx.db, KEY, value);
  return value;
}

// db/services/app.ts
async function getAppInfo(ctx) {
  return {
    version: ctx.appVersion,
    schemaVersion: readSchemaVersion(ctx.sqlite),
    runtime: ctx.runtime,
    dataDir: ctx.dataDir,
    needsSetup: await getCommuneSettings(ctx) === null
  };
}

// db/repositories/units.ts
async function listUnits(db) {
  return db.selectFrom("units").selectAll().where("deleted_at", "is", null).execute();
}
async function insertUnit(db, name, kind) {
  const at = nowIso();
  const row = { id: newId(), name, kind, created_at: at, updated_at: at, deleted_at: null };
  await db.insertInto("units").values(row).execute();
  return row;
}
async function softDeleteUnit(db, id) {
  const at = nowIso();
  const r = await db.updateTable("units").set({ deleted_at: at, updated_at: at }).where("id", "=", id).where("deleted_at", "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// shared/domain/unit.ts
var import_zod3 = require("zod");
var UNIT_KINDS = ["office", "center", "organisation", "other"];
var UnitKind = import_zod3.z.enum(UNIT_KINDS);
var UnitInput = import_zod3.z.object({ name: RequiredText(200), kind: UnitKind.default("other") }).strict();
var Unit = RowMeta.extend({ name: import_zod3.z.string(), kind: UnitKind });

// db/services/units.ts
var toUnit = (r) => Unit.parse({ id: r.id, name: r.name, kind: r.kind, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at });
async function getUnits(ctx) {
  return (await listUnits(ctx.db)).map(toUnit).sort((a, b) => compareVi(a.name, b.name));
}
async function createUnit(ctx, input) {
  return toUnit(await insertUnit(ctx.db, input.name, input.kind));
}
async function deleteUnit(ctx, id) {
  if (await softDeleteUnit(ctx.db, id) === 0) throw new AppError("NOT_FOUND", common.errors.notFound);
  return { done: true };
}

// db/repositories/plans.ts
var import_kysely5 = require("kysely");
async function insertPlan(db, row) {
  await db.insertInto("plans").values(row).execute();
}
async function findPlan(db, id) {
  return db.selectFrom("plans").selectAll().where("id", "=", id).where("deleted_at", "is", null).executeTakeFirst();
}
async function listPlanRows(db, year) {
  let q = db.selectFrom("plans as p").select((eb) => [
    "p.id",
    "p.year",
    "p.title",
    "p.doc",
    "p.updated_at",
    eb.selectFrom("plan_tasks as t").select(import_kysely5.sql`count(*)`.as("n")).whereRef("t.plan_id", "=", "p.id").where("t.deleted_at", "is", null).as("task_count")
  ]).where("p.deleted_at", "is", null);
  if (year !== null) q = q.where("p.year", "=", year);
  return q.orderBy("p.year", "desc").orderBy("p.created_at", "desc").execute();
}
async function listSections(db, planId) {
  return db.selectFrom("plan_sections").selectAll().where("plan_id", "=", planId).where("deleted_at", "is", null).orderBy("position").execute();
}
async function insertSections(db, rows) {
  if (rows.length) await db.insertInto("plan_sections").values(rows).execute();
}
async function listTasks(db, planId) {
  return db.selectFrom("plan_tasks").selectAll().where("plan_id", "=", planId).where("deleted_at", "is", null).orderBy("position").execute();
}
async function insertTasks(db, rows) {
  if (rows.length) await db.insertInto("plan_tasks").values(rows).execute();
}
async function findTask(db, id) {
  return db.selectFrom("plan_tasks").selectAll().where("id", "=", id).where("deleted_at", "is", null).executeTakeFirst();
}

// shared/domain/plan.ts
var import_zod4 = require("zod");
var TaskSpan = import_zod4.z.discriminatedUnion("kind", [
  import_zod4.z.object({ kind: import_zod4.z.literal("year") }).strict(),
  import_zod4.z.object({ kind: import_zod4.z.literal("quarter"), quarter: import_zod4.z.number().int().min(1).max(4) }).strict(),
  import_zod4.z.object({ kind: import_zod4.z.literal("months"), from: import_zod4.z.number().int().min(1).max(12), to: import_zod4.z.number().int().min(1).max(12) }).strict().refine((s) => s.from <= s.to, { message: "Th\xE1ng k\u1EBFt th\xFAc kh\xF4ng \u0111\u01B0\u1EE3c tr\u01B0\u1EDBc th\xE1ng b\u1EAFt \u0111\u1EA7u" }),
  import_zod4.z.object({ kind: import_zod4.z.literal("recurring"), every: import_zod4.z.enum(["month", "quarter"]) }).strict()
]);
var TASK_STATUSES = ["notStarted", "inProgress", "done"];
var TaskStatus = import_zod4.z.enum(TASK_STATUSES);
var ANNEX_FIELDS = ["content", "forms", "time", "lead", "coop", "product", "note"];
var AnnexField = import_zod4.z.enum(ANNEX_FIELDS);
var AnnexColumn = import_zod4.z.object({ field: AnnexField, label: RequiredText(120), width: import_zod4.z.number().min(1).max(100) }).strict();
var AnnexLayout = import_zod4.z.object({
  heading: Text(60).default("PH\u1EE4 L\u1EE4C"),
  title: Text(500).default(""),
  subtitle: Text(500).default(""),
  orderLabel: Text(20).default("TT"),
  columns: import_zod4.z.array(AnnexColumn).min(1).max(10)
}).strict();
var BodySection = import_zod4.z.object({ heading: Text(300), text: Text(5e4) }).strict();
var Signer = import_zod4.z.object({
  authority: Text(120).default("TM. \u1EE6Y BAN NH\xC2N D\xC2N"),
  deputy: Text(120).default(""),
  position: Text(120).default("CH\u1EE6 T\u1ECACH"),
  name: Text(120).default("")
}).strict();
var PlanFields = import_zod4.z.object({
  year: import_zod4.z.number().int().min(2e3).max(2100),
  title: RequiredText(500),
  parentBody: Text(200).default(""),
  issuer: RequiredText(200),
  numberText: Text(60).default(""),
  place: Text(120).default(""),
  issuedOn: IsoDate.nullable().default(null),
  opening: Text(1e4).default(""),
  body: import_zod4.z.array(BodySection).max(30).default([]),
  closing: Text(5e3).default(""),
  recipients: import_zod4.z.array(Text(300)).max(40).default([]),
  signer: Signer.default({ authority: "TM. \u1EE6Y BAN NH\xC2N D\xC2N", deputy: "", position: "CH\u1EE6 T\u1ECACH", name: "" }),
  annex: AnnexLayout,
  amendsPlanId: Id.nullable().default(null)
}).strict();
var Plan = RowMeta.extend(PlanFields.shape);
var AnnexSectionFields = import_zod4.z.object({ title: Text(500) }).strict();
var AnnexSection = RowMeta.extend({ planId: Id, position: import_zod4.z.number().int(), title: import_zod4.z.string() });
var PlanTaskFields = import_zod4.z.object({
  sectionId: Id.nullable().default(null),
  content: Text(5e3).default(""),
  formsText: Text(2e3).default(""),
  timeText: Text(300).default(""),
  leadUnit: Text(300).default(""),
  coopUnits: Text(1e3).default(""),
  product: Text(1e3).default(""),
  note: Text(2e3).default(""),
  areas: import_zod4.z.array(CchcArea).max(6).default([]),
  forms: import_zod4.z.array(CommunicationForm).max(7).default([]),
  span: TaskSpan.default({ kind: "year" }),
  targetCount: Count.nullable().default(null),
  status: TaskStatus.default("notStarted"),
  statusDate: IsoDate.nullable().default(null)
}).strict();
var PlanTask = RowMeta.extend({ planId: Id, position: import_zod4.z.number().int(), ...PlanTaskFields.shape });
var LAYOUT_COMMUNE_7 = [
  { field: "content", label: "N\u1ED9i dung tuy\xEAn truy\u1EC1n", width: 26 },
  { field: "forms", label: "H\xECnh th\u1EE9c tuy\xEAn truy\u1EC1n", width: 18 },
  { field: "time", label: "Th\u1EDDi gian tuy\xEAn truy\u1EC1n", width: 10 },
  { field: "lead", label: "\u0110\u01A1n v\u1ECB th\u1EF1c hi\u1EC7n", width: 13 },
  { field: "coop", label: "\u0110\u01A1n v\u1ECB ph\u1ED1i h\u1EE3p", width: 13 },
  { field: "product", label: "S\u1EA3n ph\u1EA9m", width: 14 }
];

// db/services/plans.ts
var meta = (r) => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at
});
var rowToPlan = (r) => Plan.parse({ ...meta(r), ...JSON.parse(r.doc) });
var rowToSection = (r) => AnnexSection.parse({ ...meta(r), planId: r.plan_id, position: r.position, title: r.title });
var rowToTask = (r) => PlanTask.parse({ ...meta(r), planId: r.plan_id, position: r.position, ...JSON.parse(r.doc), sectionId: r.section_id, targetCount: r.target_count, status: r.status });
function taskToRow(planId, position, fields, at, id = newId()) {
  const { sectionId, targetCount, status, ...rest } = fields;
  return { id, plan_id: planId, section_id: sectionId, position, doc: JSON.stringify(rest), target_count: targetCount, status, created_at: at, updated_at: at, deleted_at: null };
}
async function listPlans(ctx, year) {
  const rows = await listPlanRows(ctx.db, year);
  return rows.map((r) => {
    const doc = JSON.parse(r.doc);
    return { id: r.id, year: r.year, title: r.title, numberText: doc.numberText ?? "", taskCount: Number(r.task_count ?? 0), updatedAt: r.updated_at };
  });
}
async function getPlanDetail(ctx, id) {
  const row = await findPlan(ctx.db, id);
  if (!row) throw new AppError("NOT_FOUND", common.errors.notFound);
  const [sections, tasks] = await Promise.all([listSections(ctx.db, id), listTasks(ctx.db, id)]);
  return { plan: rowToPlan(row), sections: sections.map(rowToSection), tasks: tasks.map(rowToTask) };
}
async function createPlanIn(db, fields) {
  const at = nowIso();
  const row = { id: newId(), year: fields.year, title: fields.title, doc: JSON.stringify(fields), created_at: at, updated_at: at, deleted_at: null };
  await insertPlan(db, row);
  return rowToPlan(row);
}
async function createPlan(ctx, input) {
  return createPlanIn(ctx.db, PlanFields.parse(input));
}
async function createPlanWithAnnex(ctx, seed) {
  const planId = await ctx.db.transaction().execute(async (trx) => {
    const plan = await createPlanIn(trx, PlanFields.parse(seed.fields));
    const at = nowIso();
    const sectionRows = seed.sections.map((s, i) => ({ id: newId(), plan_id: plan.id, position: i, title: s.title, created_at: at, updated_at: at, deleted_at: null }));
    await insertSections(trx, sectionRows);
    let position = 0;
    const taskRows = [
      ...seed.tasks.map((t2) => taskToRow(plan.id, position++, PlanTaskFields.parse(t2), at)),
      ...seed.sections.flatMap((s, i) => s.tasks.map((t2) => taskToRow(plan.id, position++, PlanTaskFields.parse({ ...t2, sectionId: sectionRows[i].id }), at)))
    ];
    await insertTasks(trx, taskRows);
    return plan.id;
  });
  return getPlanDetail(ctx, planId);
}

// db/repositories/activities.ts
var import_kysely6 = require("kysely");
var CHUNK = 400;
async function insertActivityRows(db, rows) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto("activities").values(rows.slice(i, i + CHUNK)).execute();
  }
}
async function findActivity(db, id, withDeleted = false) {
  let q = db.selectFrom("activities").selectAll().where("id", "=", id);
  if (!withDeleted) q = q.where("deleted_at", "is", null);
  return q.executeTakeFirst();
}
async function updateActivityRow(db, id, row) {
  const r = await db.updateTable("activities").set(row).where("id", "=", id).where("deleted_at", "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
async function setActivityDeleted(db, id, deletedAt, at) {
  const r = await db.updateTable("activities").set({ deleted_at: deletedAt, updated_at: at }).where("id", "=", id).where("deleted_at", deletedAt === null ? "is not" : "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
async function lastActivityOfKind(db, kind) {
  return db.selectFrom("activities").selectAll().where("deleted_at", "is", null).where("kind", "=", kind).orderBy("created_at", "desc").orderBy("id", "desc").limit(1).executeTakeFirst();
}
function ftsQuery(search) {
  const words = foldVietnamese(search).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}
var FEW_MATCHES = 2e3;
async function ftsCount(db, match) {
  const r = await import_kysely6.sql`SELECT count(*) AS n FROM activities_fts WHERE activities_fts MATCH ${match}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
function filtered(db, q, search) {
  let base = db.selectFrom("activities").where("deleted_at", "is", null);
  if (search) {
    const rowid = search.few ? import_kysely6.sql.raw("activities.rowid") : import_kysely6.sql.raw("+activities.rowid");
    base = base.where(import_kysely6.sql`${rowid} IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${search.match})`);
  }
  if (q.kinds.length) base = base.where("kind", "in", q.kinds);
  if (q.taskId) base = base.where("task_id", "=", q.taskId);
  if (q.area) base = base.where(import_kysely6.sql`(area_mask & ${1 << CCHC_AREAS.indexOf(q.area)}) != 0`);
  if (q.from) base = base.where("date", ">=", q.from);
  if (q.to) base = base.where("date", "<=", q.to);
  if (q.unitName) base = base.where("unit_name", "=", q.unitName);
  if (q.hasEvidence !== null) base = base.where("evidence_count", q.hasEvidence ? ">" : "=", 0);
  return base;
}
function ordered(base, q) {
  const dir = q.direction === "asc" ? import_kysely6.sql.raw("ASC") : import_kysely6.sql.raw("DESC");
  switch (q.sort) {
    case "date":
      return base.orderBy(import_kysely6.sql`date ${dir}`).orderBy(import_kysely6.sql`id ${dir}`);
    case "title":
      return base.orderBy(import_kysely6.sql`title_key ${dir}`).orderBy(import_kysely6.sql`date DESC`).orderBy("id");
    case "kind":
      return base.orderBy(import_kysely6.sql`kind_rank ${dir}`).orderBy(import_kysely6.sql`date DESC`).orderBy("id");
    case "unitName":
      return base.orderBy(import_kysely6.sql`unit_key ${dir}`).orderBy(import_kysely6.sql`date DESC`).orderBy("id");
  }
}
var onlySearch = (q) => !q.kinds.length && !q.taskId && !q.area && !q.from && !q.to && !q.unitName && q.hasEvidence === null;
async function searchPlan(db, q) {
  const match = ftsQuery(q.search);
  if (!match) return { search: null, matches: null };
  const matches = await ftsCount(db, match);
  return { search: { match, few: matches <= FEW_MATCHES }, matches };
}
async function queryActivities(db, q) {
  const { search, matches } = await searchPlan(db, q);
  if (matches === 0) return { rows: [], total: 0 };
  const base = filtered(db, q, search);
  const total = matches !== null && onlySearch(q) ? matches : Number((await base.select(import_kysely6.sql`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
  const rows = await ordered(base.selectAll(), q).limit(q.limit).offset(q.offset).execute();
  return { rows, total };
}
async function allFilteredActivities(db, q) {
  const { search, matches } = await searchPlan(db, q);
  if (matches === 0) return [];
  return ordered(filtered(db, q, search).selectAll(), q).execute();
}
async function countByTask(db, taskIds) {
  if (!taskIds.length) return /* @__PURE__ */ new Map();
  const rows = await db.selectFrom("activities").select(["task_id", import_kysely6.sql`count(*)`.as("n")]).where("deleted_at", "is", null).where("task_id", "in", taskIds).groupBy("task_id").execute();
  return new Map(rows.map((r) => [r.task_id, Number(r.n)]));
}
async function countByMonthAndKind(db, from, to) {
  const rows = await db.selectFrom("activities").select([import_kysely6.sql`substr(date, 1, 7)`.as("month"), "kind", import_kysely6.sql`count(*)`.as("n")]).where("deleted_at", "is", null).where("date", ">=", from).where("date", "<=", to).groupBy([import_kysely6.sql`substr(date, 1, 7)`, "kind"]).execute();
  return rows.map((r) => ({ month: r.month, kind: r.kind, n: Number(r.n) }));
}
async function distinctUnitNames(db) {
  const rows = await db.selectFrom("activities").select("unit_name").distinct().where("deleted_at", "is", null).where("unit_name", "!=", "").execute();
  return rows.map((r) => r.unit_name).sort(compareVi);
}
async function setEvidenceCount(db, activityId) {
  await import_kysely6.sql`UPDATE activities SET evidence_count = (SELECT count(*) FROM activity_evidence WHERE activity_id = ${activityId}) WHERE id = ${activityId}`.execute(db);
}

// shared/domain/activity.ts
var import_zod5 = require("zod");
var endNotBeforeStart = (d) => !d.startDate || !d.endDate || d.endDate >= d.startDate;
var endMessage = { message: common.validation.endBeforeStart, path: ["endDate"] };
var BROADCAST_KINDS = ["tin", "bai", "phongSu", "chuyenMuc"];
var ONLINE_CHANNELS = ["portal", "fanpage", "zalo", "facebook", "other"];
var ONLINE_KINDS = ["tin", "bai", "anh", "video"];
var VISUAL_KINDS = ["pano", "apPhich", "bangRon", "khauHieu"];
var MEETING_KINDS = ["hoiNghi", "hoiThao", "toaDam", "tapHuan"];
var PUBLICATION_KINDS = ["toRoi", "toGap", "banTin", "video"];
var BroadcastDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("broadcast"),
  newsKind: import_zod5.z.enum(BROADCAST_KINDS),
  slots: import_zod5.z.array(Text(40)).max(6).default([]),
  durationMinutes: Count.max(24 * 60),
  repeats: Count.min(1).max(100).default(1),
  station: Text(200).default("")
}).strict();
var VisualDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("visual"),
  visualKind: import_zod5.z.enum(VISUAL_KINDS),
  count: Count.min(1),
  size: Text(60).default(""),
  locations: Text(2e3).default(""),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null)
}).strict().refine(endNotBeforeStart, endMessage);
var MeetingDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("meeting"),
  meetingKind: import_zod5.z.enum(MEETING_KINDS),
  venue: Text(300).default(""),
  attendees: Count,
  attendeeGroups: Text(500).default(""),
  chairedBy: Text(200).default("")
}).strict();
var OnlineDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("online"),
  channel: import_zod5.z.enum(ONLINE_CHANNELS),
  postKind: import_zod5.z.enum(ONLINE_KINDS),
  url: Text(2e3).default(""),
  views: Count.nullable().default(null)
}).strict();
var ContestDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("contest"),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  participants: Count,
  prizes: Text(1e3).default("")
}).strict().refine(endNotBeforeStart, endMessage);
var TthcPostingDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("tthcPosting"),
  place: Text(300).default(""),
  procedureCount: Count.min(1)
}).strict();
var PublicationDetails = import_zod5.z.object({
  kind: import_zod5.z.literal("publication"),
  publicationKind: import_zod5.z.enum(PUBLICATION_KINDS),
  count: Count.min(1)
}).strict();
var ActivityDetails = import_zod5.z.discriminatedUnion("kind", [
  BroadcastDetails,
  VisualDetails,
  MeetingDetails,
  OnlineDetails,
  ContestDetails,
  TthcPostingDetails,
  PublicationDetails
]);
var ActivityFields = import_zod5.z.object({
  date: IsoDate,
  title: RequiredText(1e3),
  taskId: Id.nullable().default(null),
  areas: import_zod5.z.array(CchcArea).max(6).default([]),
  unitName: Text(300).default(""),
  note: Text(5e3).default(""),
  details: ActivityDetails
}).strict();
var Activity = RowMeta.extend({
  ...ActivityFields.shape,
  enteredBy: import_zod5.z.string(),
  evidenceCount: import_zod5.z.number().int().min(0)
});
function activitySearchText(a) {
  const extra = [];
  const d = a.details;
  if (d.kind === "visual") extra.push(d.locations);
  if (d.kind === "meeting") extra.push(d.venue, d.attendeeGroups, d.chairedBy);
  if (d.kind === "online") extra.push(d.url);
  if (d.kind === "broadcast") extra.push(d.station);
  if (d.kind === "tthcPosting") extra.push(d.place);
  if (d.kind === "contest") extra.push(d.prizes);
  return [a.title, a.note, a.unitName, ...extra].filter(Boolean).join(" ");
}
var ActivityListQuery = import_zod5.z.object({
  search: Text(200).default(""),
  kinds: import_zod5.z.array(import_zod5.z.enum(["broadcast", "visual", "meeting", "online", "contest", "tthcPosting", "publication"])).default([]),
  taskId: Id.nullable().default(null),
  area: CchcArea.nullable().default(null),
  from: IsoDate.nullable().default(null),
  to: IsoDate.nullable().default(null),
  unitName: Text(300).nullable().default(null),
  hasEvidence: import_zod5.z.boolean().nullable().default(null),
  sort: import_zod5.z.enum(["date", "title", "kind", "unitName"]).default("date"),
  direction: import_zod5.z.enum(["asc", "desc"]).default("desc"),
  offset: Count.default(0),
  limit: import_zod5.z.number().int().min(1).max(500).default(100)
}).strict();
var EvidenceRef = import_zod5.z.object({ sha256: import_zod5.z.string().regex(/^[0-9a-f]{64}$/), name: RequiredText(260) }).strict();
function activityQuantity(d) {
  switch (d.kind) {
    case "broadcast":
      return d.repeats;
    case "visual":
    case "publication":
      return d.count;
    case "meeting":
      return d.attendees;
    case "contest":
      return d.participants;
    case "tthcPosting":
      return d.procedureCount;
    case "online":
      return 1;
  }
}
var ActivityRepeat = import_zod5.z.object({
  every: import_zod5.z.enum(["day", "week", "month"]),
  times: import_zod5.z.number().int({ message: common.validation.wholeNumber }).min(1, { message: "S\u1ED1 l\u1EA7n l\u1EB7p ph\u1EA3i t\u1EEB 1 tr\u1EDF l\xEAn" }).max(366, { message: "M\u1ED7i l\u1EA7n ch\u1EC9 l\u1EB7p t\u1ED1i \u0111a 366 l\u1EA7n" })
}).strict();
var ActivitySeriesInput = import_zod5.z.object({ fields: ActivityFields, repeat: ActivityRepeat }).strict();
var ActivityUpdateInput = import_zod5.z.object({ id: Id, fields: ActivityFields }).strict();
function seriesDates(start, repeat) {
  const [y, m, d] = start.split("-").map(Number);
  const out = [];
  for (let i = 0; i < repeat.times; i++) {
    let date;
    if (repeat.every === "month") {
      const last = new Date(Date.UTC(y, m - 1 + i + 1, 0)).getUTCDate();
      date = new Date(Date.UTC(y, m - 1 + i, Math.min(d, last)));
    } else {
      date = new Date(Date.UTC(y, m - 1, d + i * (repeat.every === "week" ? 7 : 1)));
    }
    out.push(date.toISOString().slice(0, 10));
  }
  return out;
}
var EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;
var EVIDENCE_THUMB_MAX_BYTES = 256 * 1024;
var EvidenceUpload = import_zod5.z.object({
  activityId: Id,
  name: RequiredText(260),
  /** The file's bytes, base64 (the renderer reads the chosen File). */
  base64: import_zod5.z.string().max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 8, { message: "T\u1EC7p l\u1EDBn h\u01A1n 25 MB. H\xE3y n\xE9n \u1EA3nh, chia nh\u1ECF t\u1EC7p ho\u1EB7c ch\u1ECDn t\u1EC7p kh\xE1c." }),
  /** A small JPEG the renderer drew for an image (optional). */
  thumbnailBase64: import_zod5.z.string().max(Math.ceil(EVIDENCE_THUMB_MAX_BYTES / 3) * 4 + 8).nullable().default(null)
}).strict();
var EVIDENCE_TYPES = ["image", "pdf", "word", "audio"];
var EvidenceItem = import_zod5.z.object({
  sha256: import_zod5.z.string(),
  name: import_zod5.z.string(),
  mime: import_zod5.z.string(),
  type: import_zod5.z.enum(EVIDENCE_TYPES),
  size: import_zod5.z.number().int(),
  hasThumbnail: import_zod5.z.boolean(),
  createdAt: import_zod5.z.string()
});
var EvidenceKey = import_zod5.z.object({ sha256: import_zod5.z.string().regex(/^[0-9a-f]{64}$/) }).strict();
var EvidenceLink = import_zod5.z.object({ activityId: Id, sha256: import_zod5.z.string().regex(/^[0-9a-f]{64}$/) }).strict();
function calendarQuarter(isoDate) {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  return { year, quarter, ...quarterRange(year, quarter) };
}
function quarterRange(year, quarter) {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const mm = (n) => String(n).padStart(2, "0");
  return { from: `${year}-${mm(lastMonth - 2)}-01`, to: `${year}-${mm(lastMonth)}-${mm(lastDay)}` };
}
var TaskProgress = import_zod5.z.object({
  taskId: Id,
  position: import_zod5.z.number().int(),
  content: import_zod5.z.string(),
  timeText: import_zod5.z.string(),
  done: import_zod5.z.number().int(),
  target: import_zod5.z.number().int().nullable(),
  status: import_zod5.z.enum(["notStarted", "inProgress", "done"]),
  statusDate: import_zod5.z.string().nullable(),
  /** Done (manual status "hoàn thành", or linked activities reached the target). */
  complete: import_zod5.z.boolean(),
  /** Last month of the task's span in the plan year (1–12); 0 for a recurring task. */
  dueMonth: import_zod5.z.number().int(),
  recurring: import_zod5.z.boolean()
});
var PlanProgress = import_zod5.z.object({
  planId: Id,
  title: import_zod5.z.string(),
  year: import_zod5.z.number().int(),
  tasks: import_zod5.z.array(TaskProgress),
  completedTasks: import_zod5.z.number().int(),
  totalTasks: import_zod5.z.number().int(),
  /** Criterion 4.1: completed tasks ÷ all tasks, 0–100. */
  percent: import_zod5.z.number()
});
var TaskStatusInput = import_zod5.z.object({
  taskId: Id,
  status: import_zod5.z.enum(["notStarted", "inProgress", "done"]),
  statusDate: IsoDate.nullable().default(null)
}).strict();
var DashboardQuery = import_zod5.z.object({ today: IsoDate }).strict();
var Dashboard = import_zod5.z.object({
  year: import_zod5.z.number().int(),
  quarter: import_zod5.z.number().int(),
  from: import_zod5.z.string(),
  to: import_zod5.z.string(),
  quarterCounts: import_zod5.z.record(import_zod5.z.string(), import_zod5.z.number().int()),
  quarterTotal: import_zod5.z.number().int(),
  yearTotal: import_zod5.z.number().int(),
  plan: PlanProgress.nullable(),
  dueThisMonth: import_zod5.z.array(TaskProgress),
  overdue: import_zod5.z.array(TaskProgress),
  /** 12 entries: activities per month of `year`, per form. */
  monthly: import_zod5.z.array(import_zod5.z.record(import_zod5.z.string(), import_zod5.z.number().int()))
});
var IMPORT_FIELDS = ["date", "title", "durationMinutes", "slot", "newsKind", "station", "repeats", "unitName", "note"];
var Col = import_zod5.z.number().int().min(1).max(200).nullable().default(null);
var ImportMapping = import_zod5.z.object({ date: Col, title: Col, durationMinutes: Col, slot: Col, newsKind: Col, station: Col, repeats: Col, unitName: Col, note: Col }).strict();
var ImportInput = import_zod5.z.object({
  base64: import_zod5.z.string().min(1).max(20 * 1024 * 1024, { message: "T\u1EC7p Excel qu\xE1 l\u1EDBn (t\u1ED1i \u0111a kho\u1EA3ng 15 MB)." }),
  /** Column number (1-based) per field; null fields are guessed from the header row. */
  mapping: ImportMapping.nullable().default(null),
  taskId: Id.nullable().default(null),
  areas: import_zod5.z.array(CchcArea).max(6).default([])
}).strict();
var ImportRowResult = import_zod5.z.object({
  row: import_zod5.z.number().int(),
  date: import_zod5.z.string(),
  title: import_zod5.z.string(),
  durationMinutes: import_zod5.z.number().nullable(),
  station: import_zod5.z.string(),
  errors: import_zod5.z.array(import_zod5.z.string())
});
var ImportPreview = import_zod5.z.object({
  headers: import_zod5.z.array(import_zod5.z.string()),
  mapping: ImportMapping,
  rows: import_zod5.z.array(ImportRowResult),
  validCount: import_zod5.z.number().int(),
  errorCount: import_zod5.z.number().int()
});

// shared/strings/activities.ts
var activitiesText = {
  title: "Nh\u1EADt k\xFD ho\u1EA1t \u0111\u1ED9ng",
  searchPlaceholder: "T\xECm ki\u1EBFm (g\xF5 kh\xF4ng d\u1EA5u c\u0169ng \u0111\u01B0\u1EE3c, v\xED d\u1EE5: dang tai)",
  empty: "Ch\u01B0a c\xF3 ho\u1EA1t \u0111\u1ED9ng n\xE0o \u0111\u01B0\u1EE3c ghi.",
  noMatch: "Kh\xF4ng c\xF3 ho\u1EA1t \u0111\u1ED9ng n\xE0o kh\u1EDBp v\u1EDBi \u0111i\u1EC1u ki\u1EC7n t\xECm ki\u1EBFm.",
  date: "Ng\xE0y",
  kind: "H\xECnh th\u1EE9c",
  activityTitle: "N\u1ED9i dung",
  unit: "\u0110\u01A1n v\u1ECB",
  total: (n) => `${n.toLocaleString("vi-VN")} ho\u1EA1t \u0111\u1ED9ng`,
  taskGone: 'Nhi\u1EC7m v\u1EE5 k\u1EBF ho\u1EA1ch \u0111\u01B0\u1EE3c ch\u1ECDn kh\xF4ng c\xF2n t\u1ED3n t\u1EA1i. Vui l\xF2ng ch\u1ECDn l\u1EA1i nhi\u1EC7m v\u1EE5 ho\u1EB7c "Ngo\xE0i k\u1EBF ho\u1EA1ch".',
  activityGone: "Ho\u1EA1t \u0111\u1ED9ng n\xE0y kh\xF4ng c\xF2n t\u1ED3n t\u1EA1i (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB xo\xE1). H\xE3y t\u1EA3i l\u1EA1i danh s\xE1ch.",
  notDeleted: "Ho\u1EA1t \u0111\u1ED9ng n\xE0y ch\u01B0a b\u1ECB xo\xE1 n\xEAn kh\xF4ng c\u1EA7n ho\xE0n t\xE1c."
};
var activityKindText = {
  newsKind: { tin: "Tin", bai: "B\xE0i", phongSu: "Ph\xF3ng s\u1EF1", chuyenMuc: "Chuy\xEAn m\u1EE5c" },
  visualKind: { pano: "Pan\xF4", apPhich: "\xC1p ph\xEDch", bangRon: "B\u0103ng r\xF4n", khauHieu: "Kh\u1EA9u hi\u1EC7u" },
  meetingKind: { hoiNghi: "H\u1ED9i ngh\u1ECB", hoiThao: "H\u1ED9i th\u1EA3o", toaDam: "T\u1ECDa \u0111\xE0m", tapHuan: "T\u1EADp hu\u1EA5n" },
  channel: { portal: "C\u1ED5ng th\xF4ng tin \u0111i\u1EC7n t\u1EED", fanpage: "Fanpage", zalo: "Zalo", facebook: "Facebook", other: "K\xEAnh kh\xE1c" },
  postKind: { tin: "Tin", bai: "B\xE0i", anh: "\u1EA2nh", video: "Video" },
  publicationKind: { toRoi: "T\u1EDD r\u01A1i", toGap: "T\u1EDD g\u1EA5p", banTin: "B\u1EA3n tin", video: "Video clip" }
};
var evidenceText = {
  title: "T\xE0i li\u1EC7u ki\u1EC3m ch\u1EE9ng",
  none: "Ch\u01B0a c\xF3 t\xE0i li\u1EC7u ki\u1EC3m ch\u1EE9ng.",
  open: "M\u1EDF",
  reveal: "M\u1EDF th\u01B0 m\u1EE5c",
  remove: "G\u1EE1",
  revealedAt: (p) => `T\u1EC7p \u0111\u01B0\u1EE3c l\u01B0u t\u1EA1i: ${p}`,
  added: (n) => `\u0110\xE3 \u0111\xEDnh k\xE8m ${n} t\u1EC7p.`,
  types: { image: "\u1EA2nh", pdf: "PDF", word: "Word", audio: "Ghi \xE2m" },
  errors: {
    tooLarge: (name, mb) => `T\u1EC7p "${name}" n\u1EB7ng ${mb.toLocaleString("vi-VN")} MB, v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n 25 MB. H\xE3y n\xE9n \u1EA3nh, chia nh\u1ECF t\u1EC7p ho\u1EB7c ch\u1ECDn t\u1EC7p kh\xE1c. Ch\u01B0a c\xF3 g\xEC \u0111\u01B0\u1EE3c l\u01B0u.`,
    empty: (name) => `T\u1EC7p "${name}" r\u1ED7ng (0 byte). H\xE3y ch\u1ECDn l\u1EA1i t\u1EC7p. Ch\u01B0a c\xF3 g\xEC \u0111\u01B0\u1EE3c l\u01B0u.`,
    badType: (name) => `T\u1EC7p "${name}" kh\xF4ng ph\u1EA3i \u1EA3nh (JPG, PNG, GIF, WEBP), PDF, Word (DOC, DOCX) hay ghi \xE2m (MP3, M4A, WAV, OGG, AMR) th\u1EADt s\u1EF1 \u2014 n\u1ED9i dung t\u1EC7p kh\xF4ng kh\u1EDBp v\u1EDBi lo\u1EA1i cho ph\xE9p (c\xF3 th\u1EC3 l\xE0 t\u1EC7p ch\u01B0\u01A1ng tr\xECnh b\u1ECB \u0111\u1ED5i t\xEAn). H\xE3y ch\u1ECDn \u0111\xFAng t\u1EC7p ki\u1EC3m ch\u1EE9ng. Ch\u01B0a c\xF3 g\xEC \u0111\u01B0\u1EE3c l\u01B0u.`,
    badThumbnail: "\u1EA2nh thu nh\u1ECF g\u1EEDi k\xE8m kh\xF4ng h\u1EE3p l\u1EC7. H\xE3y th\u1EED \u0111\xEDnh k\xE8m l\u1EA1i t\u1EC7p.",
    badBase64: "N\u1ED9i dung t\u1EC7p g\u1EEDi l\xEAn b\u1ECB h\u1ECFng. H\xE3y ch\u1ECDn l\u1EA1i t\u1EC7p r\u1ED3i th\u1EED l\u1EA1i.",
    activityGone: "Ho\u1EA1t \u0111\u1ED9ng c\u1EA7n \u0111\xEDnh k\xE8m kh\xF4ng c\xF2n t\u1ED3n t\u1EA1i (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB xo\xE1). H\xE3y t\u1EA3i l\u1EA1i danh s\xE1ch.",
    fileMissing: "Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p ki\u1EC3m ch\u1EE9ng trong th\u01B0 m\u1EE5c d\u1EEF li\u1EC7u (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB xo\xE1 b\u1EB1ng tay). H\xE3y \u0111\xEDnh k\xE8m l\u1EA1i t\u1EC7p."
  }
};
var progressText = {
  nav: "Ti\u1EBFn \u0111\u1ED9 k\u1EBF ho\u1EA1ch",
  title: "Ti\u1EBFn \u0111\u1ED9 th\u1EF1c hi\u1EC7n k\u1EBF ho\u1EA1ch",
  noPlan: "Ch\u01B0a c\xF3 k\u1EBF ho\u1EA1ch n\xE0o. H\xE3y t\u1EA1o k\u1EBF ho\u1EA1ch tr\u01B0\u1EDBc \u0111\u1EC3 theo d\xF5i ti\u1EBFn \u0111\u1ED9.",
  plan: "K\u1EBF ho\u1EA1ch",
  task: "Nhi\u1EC7m v\u1EE5",
  time: "Th\u1EDDi gian",
  doneVsTarget: "\u0110\xE3 th\u1EF1c hi\u1EC7n / ch\u1EC9 ti\xEAu",
  status: "Tr\u1EA1ng th\xE1i",
  statusDate: "Ng\xE0y",
  statuses: { notStarted: "Ch\u01B0a th\u1EF1c hi\u1EC7n", inProgress: "\u0110ang th\u1EF1c hi\u1EC7n", done: "Ho\xE0n th\xE0nh" },
  completion: (done, total, pct) => `Ho\xE0n th\xE0nh ${done}/${total} nhi\u1EC7m v\u1EE5 (${pct.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%) \u2014 ti\xEAu ch\xED 4.1`,
  activities: (n) => `${n} ho\u1EA1t \u0111\u1ED9ng`,
  noTarget: "kh\xF4ng \u0111\u1EB7t ch\u1EC9 ti\xEAu",
  setStatus: "C\u1EADp nh\u1EADt tr\u1EA1ng th\xE1i",
  taskGone: "Nhi\u1EC7m v\u1EE5 kh\xF4ng c\xF2n t\u1ED3n t\u1EA1i (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB xo\xE1 kh\u1ECFi k\u1EBF ho\u1EA1ch). H\xE3y t\u1EA3i l\u1EA1i trang."
};
var importText = {
  title: "Nh\u1EADp danh s\xE1ch ph\xE1t thanh t\u1EEB Excel",
  intro: "Ch\u1ECDn t\u1EC7p .xlsx (v\xED d\u1EE5 nh\u1EADt k\xFD ph\xE1t c\u1EE7a h\u1EC7 th\u1ED1ng loa th\xF4ng minh). D\xF2ng \u0111\u1EA7u l\xE0 ti\xEAu \u0111\u1EC1 c\u1ED9t. M\u1ED7i d\xF2ng th\xE0nh m\u1ED9t ho\u1EA1t \u0111\u1ED9ng loa truy\u1EC1n thanh.",
  chooseFile: "Ch\u1ECDn t\u1EC7p Excel",
  mapping: "Gh\xE9p c\u1ED9t",
  notMapped: "\u2014 kh\xF4ng d\xF9ng \u2014",
  fields: {
    date: "Ng\xE0y ph\xE1t",
    title: "Ti\xEAu \u0111\u1EC1 / n\u1ED9i dung",
    durationMinutes: "Th\u1EDDi l\u01B0\u1EE3ng (ph\xFAt)",
    slot: "Gi\u1EDD ph\xE1t",
    newsKind: "Lo\u1EA1i tin b\xE0i",
    station: "C\u1EE5m loa / \u0111\xE0i",
    repeats: "S\u1ED1 l\u1EA7n ph\xE1t",
    unitName: "\u0110\u01A1n v\u1ECB",
    note: "Ghi ch\xFA"
  },
  preview: "Xem tr\u01B0\u1EDBc",
  row: "D\xF2ng",
  errors: "L\u1ED7i",
  summary: (ok, bad) => `${ok} d\xF2ng h\u1EE3p l\u1EC7, ${bad} d\xF2ng c\xF3 l\u1ED7i.`,
  apply: (n) => `Nh\u1EADp ${n} ho\u1EA1t \u0111\u1ED9ng`,
  applied: (n) => `\u0110\xE3 nh\u1EADp ${n} ho\u1EA1t \u0111\u1ED9ng.`,
  fixFirst: (bad) => `C\xF2n ${bad} d\xF2ng c\xF3 l\u1ED7i n\xEAn ch\u01B0a nh\u1EADp d\xF2ng n\xE0o. H\xE3y s\u1EEDa t\u1EC7p Excel (ho\u1EB7c gh\xE9p l\u1EA1i c\u1ED9t) r\u1ED3i xem tr\u01B0\u1EDBc l\u1EA1i.`,
  notXlsx: "T\u1EC7p \u0111\xE3 ch\u1ECDn kh\xF4ng ph\u1EA3i t\u1EC7p Excel .xlsx \u0111\u1ECDc \u0111\u01B0\u1EE3c. H\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel, l\u01B0u l\u1EA1i d\u1EA1ng .xlsx r\u1ED3i th\u1EED l\u1EA1i.",
  noSheet: "T\u1EC7p Excel kh\xF4ng c\xF3 trang t\xEDnh n\xE0o c\xF3 d\u1EEF li\u1EC7u.",
  noRows: "T\u1EC7p Excel kh\xF4ng c\xF3 d\xF2ng d\u1EEF li\u1EC7u n\xE0o d\u01B0\u1EDBi d\xF2ng ti\xEAu \u0111\u1EC1.",
  tooManyRows: "T\u1EC7p c\xF3 qu\xE1 20.000 d\xF2ng. H\xE3y chia th\xE0nh nhi\u1EC1u t\u1EC7p nh\u1ECF h\u01A1n.",
  missingColumn: (f) => `Ch\u01B0a gh\xE9p c\u1ED9t "${f}". H\xE3y ch\u1ECDn c\u1ED9t t\u01B0\u01A1ng \u1EE9ng trong ph\u1EA7n Gh\xE9p c\u1ED9t.`,
  rowErrors: {
    date: "Ng\xE0y kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c (c\u1EA7n d\u1EA1ng dd/mm/yyyy)",
    title: "Thi\u1EBFu ti\xEAu \u0111\u1EC1 / n\u1ED9i dung",
    duration: "Th\u1EDDi l\u01B0\u1EE3ng ph\u1EA3i l\xE0 s\u1ED1 ph\xFAt kh\xF4ng \xE2m (v\xED d\u1EE5 5 ho\u1EB7c 05:30)",
    repeats: "S\u1ED1 l\u1EA7n ph\xE1t ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn t\u1EEB 1 \u0111\u1EBFn 100",
    newsKind: "Lo\u1EA1i tin b\xE0i ph\u1EA3i l\xE0 Tin, B\xE0i, Ph\xF3ng s\u1EF1 ho\u1EB7c Chuy\xEAn m\u1EE5c",
    tooLong: "N\u1ED9i dung qu\xE1 d\xE0i"
  }
};
var exportText = {
  sheet: "Nh\u1EADt k\xFD ho\u1EA1t \u0111\u1ED9ng",
  heading: "NH\u1EACT K\xDD HO\u1EA0T \u0110\u1ED8NG TUY\xCAN TRUY\u1EC0N C\u1EA2I C\xC1CH H\xC0NH CH\xCDNH",
  columns: ["STT", "Ng\xE0y", "H\xECnh th\u1EE9c", "N\u1ED9i dung", "Chi ti\u1EBFt", "S\u1ED1 l\u01B0\u1EE3ng", "Nhi\u1EC7m v\u1EE5 k\u1EBF ho\u1EA1ch", "L\u0129nh v\u1EF1c CCHC", "\u0110\u01A1n v\u1ECB", "Ki\u1EC3m ch\u1EE9ng", "Ghi ch\xFA", "Ng\u01B0\u1EDDi nh\u1EADp"],
  fileName: (d) => `nhat-ky-hoat-dong-${d}.xlsx`
};

// db/services/activities.ts
var rowToActivity = (r) => Activity.parse({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
  date: r.date,
  title: r.title,
  taskId: r.task_id,
  areas: JSON.parse(r.areas),
  unitName: r.unit_name,
  note: r.note,
  details: JSON.parse(r.details),
  enteredBy: r.entered_by,
  evidenceCount: r.evidence_count
});
function activityToRow(a, enteredBy, at, id = newId()) {
  return {
    id,
    kind: a.details.kind,
    date: a.date,
    task_id: a.taskId,
    title: a.title,
    unit_name: a.unitName,
    areas: JSON.stringify(a.areas),
    details: JSON.stringify(a.details),
    note: a.note,
    quantity: activityQuantity(a.details),
    entered_by: enteredBy,
    search_text: foldVietnamese(activitySearchText(a)),
    evidence_count: 0,
    title_key: viSortKey(a.title),
    unit_key: viSortKey(a.unitName),
    created_at: at,
    updated_at: at,
    deleted_at: null
  };
}
async function assertTasksExist(db, taskIds) {
  for (const id of new Set(taskIds)) {
    if (id && !await findTask(db, id)) throw new AppError("NOT_FOUND", activitiesText.taskGone, { taskId: id });
  }
}
async function createActivities(ctx, inputs, enteredBy) {
  const at = nowIso();
  const rows = inputs.map((i) => activityToRow(ActivityFields.parse(i), enteredBy, at));
  await ctx.db.transaction().execute(async (trx) => {
    await assertTasksExist(trx, rows.map((r) => r.task_id));
    await insertActivityRows(trx, rows);
  });
  return rows;
}
async function createActivity(ctx, input, enteredBy) {
  const [row] = await createActivities(ctx, [input], enteredBy);
  return rowToActivity(row);
}
async function createActivitySeries(ctx, input, enteredBy) {
  const dates = seriesDates(input.fields.date, input.repeat);
  const rows = await createActivities(ctx, dates.map((date) => ({ ...input.fields, date })), enteredBy);
  return rows.map(rowToActivity);
}
async function getActivity(ctx, id) {
  const row = await findActivity(ctx.db, id);
  if (!row) throw new AppError("NOT_FOUND", activitiesText.activityGone);
  return rowToActivity(row);
}
async function updateActivity(ctx, id, input) {
  const fields = ActivityFields.parse(input);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findActivity(trx, id);
    if (!existing) throw new AppError("NOT_FOUND", activitiesText.activityGone);
    await assertTasksExist(trx, [fields.taskId]);
    const { id: _id, created_at: _c, deleted_at: _d, evidence_count: _e, entered_by: _b, ...row } = activityToRow(fields, existing.entered_by, nowIso(), id);
    await updateActivityRow(trx, id, row);
    return rowToActivity(await findActivity(trx, id));
  });
}
async function deleteActivity(ctx, id) {
  const at = nowIso();
  const n = await setActivityDeleted(ctx.db, id, at, at);
  if (!n) throw new AppError("NOT_FOUND", activitiesText.activityGone);
  return { done: true };
}
async function restoreActivity(ctx, id) {
  const row = await findActivity(ctx.db, id, true);
  if (!row) throw new AppError("NOT_FOUND", activitiesText.activityGone);
  if (row.deleted_at === null) throw new AppError("CONFLICT", activitiesText.notDeleted);
  await setActivityDeleted(ctx.db, id, null, nowIso());
  return getActivity(ctx, id);
}
async function listActivities(ctx, q) {
  const { rows, total } = await queryActivities(ctx.db, q);
  return { rows: rows.map(rowToActivity), total };
}
async function listFilteredActivities(ctx, q) {
  return (await allFilteredActivities(ctx.db, q)).map(rowToActivity);
}
async function lastUsedActivity(ctx, kind) {
  const row = await lastActivityOfKind(ctx.db, kind);
  return row ? rowToActivity(row) : null;
}
async function activityUnitNames(ctx) {
  return distinctUnitNames(ctx.db);
}

// db/services/evidence.ts
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);
var import_node_crypto2 = __toESM(require("node:crypto"), 1);

// db/files.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_crypto = __toESM(require("node:crypto"), 1);
function writeFileAtomic(target, data) {
  const dir = import_node_path2.default.dirname(target);
  const tmp = import_node_path2.default.join(dir, `.${import_node_path2.default.basename(target)}.${import_node_crypto.default.randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = import_node_fs2.default.openSync(tmp, "wx");
    let offset = 0;
    while (offset < data.length) offset += import_node_fs2.default.writeSync(fd, data, offset, data.length - offset);
    import_node_fs2.default.fsyncSync(fd);
    import_node_fs2.default.closeSync(fd);
    fd = void 0;
    import_node_fs2.default.renameSync(tmp, target);
    try {
      const dfd = import_node_fs2.default.openSync(dir, "r");
      import_node_fs2.default.fsyncSync(dfd);
      import_node_fs2.default.closeSync(dfd);
    } catch {
    }
  } catch (e2) {
    if (fd !== void 0) import_node_fs2.default.closeSync(fd);
    import_node_fs2.default.rmSync(tmp, { force: true });
    throw writeError(target, e2);
  }
}
function writeError(target, e2) {
  const code = e2?.code;
  const where = import_node_path2.default.dirname(target);
  const message = code === "ENOSPC" ? `Kh\xF4ng ghi \u0111\u01B0\u1EE3c t\u1EC7p v\xEC \u1ED5 \u0111\u0129a "${where}" \u0111\xE3 \u0111\u1EA7y. H\xE3y gi\u1EA3i ph\xF3ng dung l\u01B0\u1EE3ng ho\u1EB7c ch\u1ECDn \u1ED5 kh\xE1c r\u1ED3i th\u1EED l\u1EA1i. Kh\xF4ng c\xF3 t\u1EC7p d\u1EDF dang n\xE0o \u0111\u01B0\u1EE3c \u0111\u1EC3 l\u1EA1i.` : code === "EROFS" || code === "EACCES" || code === "EPERM" ? `Kh\xF4ng c\xF3 quy\u1EC1n ghi v\xE0o "${where}" (\u1ED5 ch\u1EC9 \u0111\u1ECDc ho\u1EB7c b\u1ECB kho\xE1 ghi). H\xE3y ch\u1ECDn th\u01B0 m\u1EE5c kh\xE1c ho\u1EB7c g\u1EA1t kho\xE1 ghi c\u1EE7a USB r\u1ED3i th\u1EED l\u1EA1i.` : code === "ENOENT" || code === "ENOTDIR" || code === "EIO" || code === "ENODEV" ? `Kh\xF4ng t\xECm th\u1EA5y ho\u1EB7c kh\xF4ng truy c\u1EADp \u0111\u01B0\u1EE3c th\u01B0 m\u1EE5c "${where}" (USB c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB r\xFAt ra). H\xE3y c\u1EAFm l\u1EA1i USB, ch\u1ECDn l\u1EA1i th\u01B0 m\u1EE5c r\u1ED3i th\u1EED l\u1EA1i.` : `Kh\xF4ng ghi \u0111\u01B0\u1EE3c t\u1EC7p v\xE0o "${where}". H\xE3y th\u1EED l\u1EA1i ho\u1EB7c ch\u1ECDn th\u01B0 m\u1EE5c kh\xE1c.`;
  return new AppError("WRITE_FAILED", message, { code });
}

// db/repositories/evidence.ts
async function findEvidenceFile(db, sha256) {
  return db.selectFrom("evidence_files").selectAll().where("sha256", "=", sha256).executeTakeFirst();
}
async function insertEvidenceFileOnce(db, row) {
  await db.insertInto("evidence_files").values(row).onConflict((oc) => oc.column("sha256").doNothing()).execute();
}
async function linkEvidence(db, row) {
  await db.insertInto("activity_evidence").values(row).onConflict((oc) => oc.columns(["activity_id", "sha256"]).doUpdateSet({ name: row.name })).execute();
}
async function unlinkEvidence(db, activityId, sha256) {
  const r = await db.deleteFrom("activity_evidence").where("activity_id", "=", activityId).where("sha256", "=", sha256).executeTakeFirst();
  return Number(r.numDeletedRows);
}
async function countLinks(db, sha256) {
  const r = await db.selectFrom("activity_evidence").select((eb) => eb.fn.countAll().as("n")).where("sha256", "=", sha256).executeTakeFirstOrThrow();
  return Number(r.n);
}
async function deleteEvidenceFileRow(db, sha256) {
  await db.deleteFrom("evidence_files").where("sha256", "=", sha256).execute();
}
async function listActivityEvidence(db, activityId) {
  return db.selectFrom("activity_evidence as l").innerJoin("evidence_files as f", "f.sha256", "l.sha256").select(["l.sha256", "l.name", "l.created_at", "f.size", "f.mime"]).where("l.activity_id", "=", activityId).orderBy("l.created_at").execute();
}

// shared/domain/evidence-type.ts
var starts = (b, sig, at = 0) => sig.every((v2, i) => b[at + i] === v2);
var ascii = (b, text, at = 0) => starts(b, [...text].map((c) => c.charCodeAt(0)), at);
function detectEvidenceType(b) {
  if (b.length < 12) return null;
  if (starts(b, [255, 216, 255])) return { type: "image", mime: "image/jpeg", ext: "jpg" };
  if (starts(b, [137, 80, 78, 71, 13, 10, 26, 10])) return { type: "image", mime: "image/png", ext: "png" };
  if (ascii(b, "GIF87a") || ascii(b, "GIF89a")) return { type: "image", mime: "image/gif", ext: "gif" };
  if (ascii(b, "RIFF") && ascii(b, "WEBP", 8)) return { type: "image", mime: "image/webp", ext: "webp" };
  if (ascii(b, "RIFF") && ascii(b, "WAVE", 8)) return { type: "audio", mime: "audio/wav", ext: "wav" };
  if (ascii(b, "%PDF-")) return { type: "pdf", mime: "application/pdf", ext: "pdf" };
  if (starts(b, [208, 207, 17, 224, 161, 177, 26, 225])) return { type: "word", mime: "application/msword", ext: "doc" };
  if (starts(b, [80, 75, 3, 4]) && isWordZip(b)) {
    return { type: "word", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" };
  }
  if (ascii(b, "ID3") || b[0] === 255 && (b[1] & 224) === 224 && (b[1] & 6) !== 0) return { type: "audio", mime: "audio/mpeg", ext: "mp3" };
  if (ascii(b, "ftyp", 4) && (ascii(b, "M4A", 8) || ascii(b, "mp42", 8) || ascii(b, "isom", 8))) return { type: "audio", mime: "audio/mp4", ext: "m4a" };
  if (ascii(b, "OggS")) return { type: "audio", mime: "audio/ogg", ext: "ogg" };
  if (ascii(b, "#!AMR")) return { type: "audio", mime: "audio/amr", ext: "amr" };
  return null;
}
function isWordZip(b) {
  const needle = [119, 111, 114, 100, 47];
  for (let i = 0; i + needle.length <= b.length; i++) {
    if (b[i] === 119 && needle.every((v2, j) => b[i + j] === v2)) return true;
  }
  return false;
}
var isJpeg = (b) => b.length > 3 && starts(b, [255, 216, 255]);

// db/services/evidence.ts
var t = evidenceText.errors;
var EXT = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/pdf": "pdf",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/wav": "wav",
  "audio/ogg": "ogg",
  "audio/amr": "amr"
};
var typeOf = (mime) => mime.startsWith("image/") ? "image" : mime === "application/pdf" ? "pdf" : mime.startsWith("audio/") ? "audio" : "word";
var evidenceDir = (ctx) => import_node_path3.default.join(ctx.dataDir, "evidence");
var evidencePath = (ctx, sha256, mime) => import_node_path3.default.join(evidenceDir(ctx), sha256.slice(0, 2), `${sha256}.${EXT[mime] ?? "bin"}`);
var thumbnailPath = (ctx, sha256) => import_node_path3.default.join(evidenceDir(ctx), "thumbs", `${sha256}.jpg`);
function decodeBase64(b64) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new AppError("INVALID_INPUT", t.badBase64);
  return Buffer.from(b64, "base64");
}
async function addEvidenceBytes(ctx, activityId, name, bytes, thumbnail = null) {
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError("FILE_TOO_LARGE", t.tooLarge(name, Math.round(bytes.length / 1024 / 1024 * 10) / 10), { size: bytes.length, max: EVIDENCE_MAX_BYTES });
  }
  if (bytes.length === 0) throw new AppError("FILE_INVALID", t.empty(name));
  const detected = detectEvidenceType(bytes);
  if (!detected) throw new AppError("FILE_INVALID", t.badType(name));
  if (thumbnail && (detected.type !== "image" || thumbnail.length > EVIDENCE_THUMB_MAX_BYTES || !isJpeg(thumbnail))) throw new AppError("FILE_INVALID", t.badThumbnail);
  if (!await findActivity(ctx.db, activityId)) throw new AppError("NOT_FOUND", t.activityGone);
  const sha256 = import_node_crypto2.default.createHash("sha256").update(bytes).digest("hex");
  const file = evidencePath(ctx, sha256, detected.mime);
  if (!import_node_fs3.default.existsSync(file) || import_node_fs3.default.statSync(file).size !== bytes.length) {
    import_node_fs3.default.mkdirSync(import_node_path3.default.dirname(file), { recursive: true });
    writeFileAtomic(file, bytes);
  }
  const thumb = thumbnailPath(ctx, sha256);
  if (thumbnail && !import_node_fs3.default.existsSync(thumb)) {
    import_node_fs3.default.mkdirSync(import_node_path3.default.dirname(thumb), { recursive: true });
    writeFileAtomic(thumb, thumbnail);
  }
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await insertEvidenceFileOnce(trx, { sha256, size: bytes.length, mime: detected.mime, original_name: name, created_at: at });
    await linkEvidence(trx, { activity_id: activityId, sha256, name, created_at: at });
    await setEvidenceCount(trx, activityId);
  });
  return { sha256, name, mime: detected.mime, type: detected.type, size: bytes.length, hasThumbnail: import_node_fs3.default.existsSync(thumb), createdAt: at };
}
async function addEvidence(ctx, input) {
  const bytes = decodeBase64(input.base64);
  const thumb = input.thumbnailBase64 ? decodeBase64(input.thumbnailBase64) : null;
  return addEvidenceBytes(ctx, input.activityId, input.name, bytes, thumb);
}
async function listEvidence(ctx, activityId) {
  const rows = await listActivityEvidence(ctx.db, activityId);
  return rows.map((r) => ({ sha256: r.sha256, name: r.name, mime: r.mime, type: typeOf(r.mime), size: r.size, hasThumbnail: import_node_fs3.default.existsSync(thumbnailPath(ctx, r.sha256)), createdAt: r.created_at }));
}
async function removeEvidence(ctx, activityId, sha256) {
  let orphan;
  await ctx.db.transaction().execute(async (trx) => {
    const n = await unlinkEvidence(trx, activityId, sha256);
    if (!n) throw new AppError("NOT_FOUND", t.fileMissing);
    await setEvidenceCount(trx, activityId);
    if (await countLinks(trx, sha256) === 0) {
      orphan = await findEvidenceFile(trx, sha256);
      await deleteEvidenceFileRow(trx, sha256);
    }
  });
  if (orphan) {
    import_node_fs3.default.rmSync(evidencePath(ctx, sha256, orphan.mime), { force: true });
    import_node_fs3.default.rmSync(thumbnailPath(ctx, sha256), { force: true });
  }
  return { done: true };
}
async function storedFile(ctx, sha256) {
  const row = await findEvidenceFile(ctx.db, sha256);
  const file = row ? evidencePath(ctx, sha256, row.mime) : null;
  if (!row || !file || !import_node_fs3.default.existsSync(file)) throw new AppError("NOT_FOUND", t.fileMissing);
  return { row, file };
}
async function evidenceThumbnail(ctx, sha256) {
  const thumb = thumbnailPath(ctx, sha256);
  return { base64: import_node_fs3.default.existsSync(thumb) ? import_node_fs3.default.readFileSync(thumb).toString("base64") : null };
}
async function openEvidence(ctx, sha256) {
  const { row, file } = await storedFile(ctx, sha256);
  if (ctx.platform.openPath && await ctx.platform.openPath(file)) return { opened: true, file: null };
  return { opened: false, file: { fileName: row.original_name, mime: row.mime, base64: import_node_fs3.default.readFileSync(file).toString("base64") } };
}
async function revealEvidence(ctx, sha256) {
  const { file } = await storedFile(ctx, sha256);
  const revealed = ctx.platform.revealPath ? await ctx.platform.revealPath(file) : false;
  return { revealed, path: file };
}

// db/repositories/progress.ts
var import_kysely7 = require("kysely");
async function setTaskStatusRow(db, taskId, status, statusDate, at) {
  const r = await db.updateTable("plan_tasks").set({ status, doc: import_kysely7.sql`json_set(doc, '$.statusDate', ${statusDate})`, updated_at: at }).where("id", "=", taskId).where("deleted_at", "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
async function planOfYear(db, year) {
  return db.selectFrom("plans").select("id").where("deleted_at", "is", null).where("year", "=", year).orderBy("created_at", "desc").limit(1).executeTakeFirst();
}

// db/services/progress.ts
function dueMonth(span) {
  switch (span.kind) {
    case "year":
      return 12;
    case "quarter":
      return span.quarter * 3;
    case "months":
      return span.to;
    case "recurring":
      return 0;
  }
}
function taskProgress(t2, done) {
  const complete = t2.status === "done" || t2.targetCount !== null && t2.targetCount > 0 && done >= t2.targetCount;
  return {
    taskId: t2.id,
    position: t2.position,
    content: t2.content,
    timeText: t2.timeText,
    done,
    target: t2.targetCount,
    status: t2.status,
    statusDate: t2.statusDate,
    complete,
    dueMonth: dueMonth(t2.span),
    recurring: t2.span.kind === "recurring"
  };
}
async function planProgress(ctx, planId) {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError("NOT_FOUND", common.errors.notFound);
  const tasks = (await listTasks(ctx.db, planId)).map(rowToTask);
  const counts = await countByTask(ctx.db, tasks.map((t2) => t2.id));
  const rows = tasks.map((t2) => taskProgress(t2, counts.get(t2.id) ?? 0));
  const completed = rows.filter((r) => r.complete).length;
  return {
    planId,
    title: plan.title,
    year: plan.year,
    tasks: rows,
    completedTasks: completed,
    totalTasks: rows.length,
    percent: rows.length ? Math.round(completed / rows.length * 1e3) / 10 : 0
  };
}
async function setTaskStatus(ctx, input) {
  const n = await setTaskStatusRow(ctx.db, input.taskId, input.status, input.statusDate, nowIso());
  if (!n) throw new AppError("NOT_FOUND", progressText.taskGone);
  return { done: true };
}
async function dashboard(ctx, today) {
  const q = calendarQuarter(today);
  const month = Number(today.slice(5, 7));
  const counts = await countByMonthAndKind(ctx.db, `${q.year}-01-01`, `${q.year}-12-31`);
  const empty = () => Object.fromEntries(COMMUNICATION_FORMS.map((f) => [f, 0]));
  const monthly = Array.from({ length: 12 }, empty);
  const quarterCounts = empty();
  for (const c of counts) {
    const m = Number(c.month.slice(5, 7));
    monthly[m - 1][c.kind] = (monthly[m - 1][c.kind] ?? 0) + c.n;
    if (m >= q.quarter * 3 - 2 && m <= q.quarter * 3) quarterCounts[c.kind] = (quarterCounts[c.kind] ?? 0) + c.n;
  }
  const planRow = await planOfYear(ctx.db, q.year);
  const plan = planRow ? await planProgress(ctx, planRow.id) : null;
  const open = plan?.tasks.filter((t2) => !t2.complete) ?? [];
  return {
    year: q.year,
    quarter: q.quarter,
    from: q.from,
    to: q.to,
    quarterCounts,
    quarterTotal: Object.values(quarterCounts).reduce((a, b) => a + b, 0),
    yearTotal: counts.reduce((a, c) => a + c.n, 0),
    plan,
    dueThisMonth: open.filter((t2) => t2.recurring || t2.dueMonth === month),
    overdue: open.filter((t2) => !t2.recurring && t2.dueMonth < month),
    monthly
  };
}

// db/services/activities-xlsx.ts
var import_exceljs = __toESM(require("exceljs"), 1);

// shared/domain/labels.ts
var areaLabels = {
  institutions: "C\u1EA3i c\xE1ch th\u1EC3 ch\u1EBF",
  procedures: "C\u1EA3i c\xE1ch th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh",
  apparatus: "C\u1EA3i c\xE1ch t\u1ED5 ch\u1EE9c b\u1ED9 m\xE1y",
  civilService: "C\u1EA3i c\xE1ch ch\u1EBF \u0111\u1ED9 c\xF4ng v\u1EE5",
  publicFinance: "C\u1EA3i c\xE1ch t\xE0i ch\xEDnh c\xF4ng",
  digitalGov: "X\xE2y d\u1EF1ng ch\xEDnh quy\u1EC1n \u0111i\u1EC7n t\u1EED, ch\xEDnh quy\u1EC1n s\u1ED1"
};
var formLabels = {
  broadcast: "Loa truy\u1EC1n thanh",
  visual: "Tr\u1EF1c quan (pan\xF4, \xE1p ph\xEDch, b\u0103ng r\xF4n, kh\u1EA9u hi\u1EC7u)",
  meeting: "H\u1ED9i ngh\u1ECB, h\u1ED9i th\u1EA3o, t\u1EADp hu\u1EA5n",
  online: "Tr\u1EF1c tuy\u1EBFn (C\u1ED5ng TT\u0110T, fanpage, Zalo, Facebook)",
  contest: "Cu\u1ED9c thi, h\u1ED9i thi",
  tthcPosting: "Ni\xEAm y\u1EBFt th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh",
  publication: "\u1EA4n ph\u1EA9m (t\u1EDD r\u01A1i, t\u1EDD g\u1EA5p, b\u1EA3n tin, video)"
};

// shared/contract/files.ts
var import_zod6 = require("zod");
var ExportedFile = import_zod6.z.object({
  fileName: import_zod6.z.string().min(1).max(200),
  mime: import_zod6.z.string(),
  base64: import_zod6.z.string()
});
var MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json"
};

// db/services/activities-xlsx.ts
function detailText(a) {
  const d = a.details;
  const k = activityKindText;
  switch (d.kind) {
    case "broadcast":
      return [k.newsKind[d.newsKind], d.slots.join(", "), `${d.durationMinutes} ph\xFAt`, d.repeats > 1 ? `${d.repeats} l\u1EA7n` : "", d.station].filter(Boolean).join("; ");
    case "visual":
      return [k.visualKind[d.visualKind], d.size, d.locations, d.startDate ? `t\u1EEB ${formatDateVi(d.startDate)}` : "", d.endDate ? `\u0111\u1EBFn ${formatDateVi(d.endDate)}` : ""].filter(Boolean).join("; ");
    case "meeting":
      return [k.meetingKind[d.meetingKind], d.venue, d.attendeeGroups, d.chairedBy ? `ch\u1EE7 tr\xEC: ${d.chairedBy}` : ""].filter(Boolean).join("; ");
    case "online":
      return [k.channel[d.channel], k.postKind[d.postKind], d.url, d.views !== null ? `${d.views} l\u01B0\u1EE3t xem` : ""].filter(Boolean).join("; ");
    case "contest":
      return [d.startDate ? `t\u1EEB ${formatDateVi(d.startDate)}` : "", d.endDate ? `\u0111\u1EBFn ${formatDateVi(d.endDate)}` : "", d.prizes].filter(Boolean).join("; ");
    case "tthcPosting":
      return d.place;
    case "publication":
      return k.publicationKind[d.publicationKind];
  }
}
async function exportActivitiesXlsx(ctx, q) {
  const rows = await listFilteredActivities(ctx, q);
  const taskIds = new Set(rows.map((r) => r.taskId).filter(Boolean));
  const taskText = /* @__PURE__ */ new Map();
  if (taskIds.size) {
    const planIds = await ctx.db.selectFrom("plan_tasks").select("plan_id").distinct().where("id", "in", [...taskIds]).execute();
    for (const p of planIds) for (const t2 of (await listTasks(ctx.db, p.plan_id)).map(rowToTask)) taskText.set(t2.id, t2.content);
  }
  const wb = new import_exceljs.default.Workbook();
  wb.creator = "Tuy\xEAn truy\u1EC1n CCHC";
  const ws = wb.addWorksheet(exportText.sheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
    views: [{ state: "frozen", ySplit: 1 }]
  });
  ws.columns = exportText.columns.map((header, i) => ({ header, width: [6, 12, 22, 50, 40, 10, 40, 30, 24, 10, 30, 20][i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  rows.forEach((a, i) => {
    const r = ws.addRow([
      i + 1,
      formatDateVi(a.date),
      formLabels[a.details.kind],
      a.title,
      detailText(a),
      activityQuantity(a.details),
      a.taskId ? taskText.get(a.taskId) ?? "" : "Ngo\xE0i k\u1EBF ho\u1EA1ch",
      a.areas.map((x) => areaLabels[x]).join("; "),
      a.unitName,
      a.evidenceCount,
      a.note,
      a.enteredBy
    ]);
    r.alignment = { vertical: "top", wrapText: true };
  });
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: exportText.fileName((/* @__PURE__ */ new Date()).toISOString().slice(0, 10)), mime: MIME.xlsx, base64: buf.toString("base64") };
}
var MAX_ROWS = 2e4;
var e = importText.rowErrors;
var GUESS = {
  date: ["ngay", "thoi gian phat", "bat dau", "start", "date"],
  title: ["tieu de", "noi dung", "ten ban tin", "ban tin", "title"],
  durationMinutes: ["thoi luong", "duration"],
  slot: ["gio", "khung gio", "time"],
  newsKind: ["loai"],
  station: ["cum loa", "dai", "tram", "cluster"],
  repeats: ["so lan", "lan phat"],
  unitName: ["don vi"],
  note: ["ghi chu", "trang thai", "note"]
};
function cellText(v2) {
  if (v2 === null || v2 === void 0) return "";
  if (v2 instanceof Date) return v2.toISOString();
  if (typeof v2 === "object") {
    if ("richText" in v2) return v2.richText.map((r) => r.text).join("");
    if ("text" in v2) return String(v2.text);
    if ("result" in v2) return cellText(v2.result);
    return "";
  }
  return String(v2).trim();
}
function parseDateCell(v2) {
  if (v2 instanceof Date && !Number.isNaN(v2.getTime())) {
    const iso2 = v2.toISOString();
    const time = iso2.slice(11, 16);
    return { date: iso2.slice(0, 10), time: time === "00:00" ? null : time };
  }
  const text = cellText(v2);
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (m) return { date: parseDateVi(m[1]), time: m[2] ? `${m[2].padStart(2, "0")}:${m[3]}` : null };
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text);
  if (iso) return { date: parseDateVi(`${iso[1].slice(8, 10)}/${iso[1].slice(5, 7)}/${iso[1].slice(0, 4)}`), time: iso[2] && iso[2] !== "00:00" ? iso[2] : null };
  return { date: null, time: null };
}
function parseMinutes(v2) {
  if (typeof v2 === "number") return Number.isFinite(v2) && v2 >= 0 ? Math.ceil(v2) : null;
  if (v2 instanceof Date) return Math.ceil((v2.getUTCHours() * 3600 + v2.getUTCMinutes() * 60 + v2.getUTCSeconds()) / 60);
  const text = cellText(v2).replace(",", ".");
  if (!text) return 0;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text));
  const parts = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
  if (!parts) return null;
  const secs = parts[3] !== void 0 ? Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : Number(parts[1]) * 60 + Number(parts[2]);
  return Math.ceil(secs / 60);
}
var NEWS_KIND_WORDS = { tin: "tin", bai: "bai", "phong su": "phongSu", "chuyen muc": "chuyenMuc" };
async function readSheet(base64) {
  const wb = new import_exceljs.default.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(base64, "base64"));
  } catch {
    throw new AppError("FILE_INVALID", importText.notXlsx);
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new AppError("FILE_INVALID", importText.noSheet);
  if (ws.actualRowCount > MAX_ROWS + 1) throw new AppError("FILE_INVALID", importText.tooManyRows);
  return ws;
}
async function parseImport(ctx, input) {
  const ws = await readSheet(input.base64);
  const headerRow = ws.getRow(1);
  const width = Math.max(ws.actualColumnCount, headerRow.cellCount);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.getCell(i + 1).value));
  const mapping = { ...guessMapping(headers), ...Object.fromEntries(Object.entries(input.mapping ?? {}).filter(([, v2]) => v2 !== null)) };
  for (const f of ["date", "title"]) if (!mapping[f]) throw new AppError("INVALID_INPUT", importText.missingColumn(importText.fields[f]));
  await assertTasksExist(ctx.db, [input.taskId]);
  const rows = [];
  const fields = [];
  const cell = (r, f) => mapping[f] ? r.getCell(mapping[f]).value : null;
  for (let n = 2; n <= ws.rowCount; n++) {
    const r = ws.getRow(n);
    if (!r.hasValues) continue;
    const errors = [];
    const { date, time } = parseDateCell(cell(r, "date"));
    if (!date) errors.push(e.date);
    const title = cellText(cell(r, "title"));
    if (!title) errors.push(e.title);
    const duration = parseMinutes(cell(r, "durationMinutes"));
    if (duration === null || duration > 24 * 60) errors.push(e.duration);
    const repeatsText = cellText(cell(r, "repeats"));
    const repeats = repeatsText ? Number(repeatsText) : 1;
    if (!Number.isInteger(repeats) || repeats < 1 || repeats > 100) errors.push(e.repeats);
    const kindText = foldVietnamese(cellText(cell(r, "newsKind")));
    const newsKind = kindText ? NEWS_KIND_WORDS[kindText] : "tin";
    if (!newsKind) errors.push(e.newsKind);
    const slot = cellText(cell(r, "slot")) || time || "";
    const station = cellText(cell(r, "station"));
    if (!errors.length) {
      const parsed = ActivityFields.safeParse({
        date,
        title,
        taskId: input.taskId,
        areas: input.areas,
        unitName: cellText(cell(r, "unitName")),
        note: cellText(cell(r, "note")),
        details: { kind: "broadcast", newsKind, slots: slot ? [slot.slice(0, 40)] : [], durationMinutes: duration, repeats, station }
      });
      if (parsed.success) fields.push(parsed.data);
      else errors.push(...parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
    }
    rows.push({ row: n, date: date ?? cellText(cell(r, "date")), title, durationMinutes: duration, station, errors });
  }
  if (!rows.length) throw new AppError("FILE_INVALID", importText.noRows);
  const errorCount = rows.filter((r) => r.errors.length).length;
  return { preview: { headers, mapping, rows, validCount: rows.length - errorCount, errorCount }, fields };
}
function guessMapping(headers) {
  const folded = headers.map((h) => foldVietnamese(h));
  const used = /* @__PURE__ */ new Set();
  const out = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null]));
  for (const f of IMPORT_FIELDS) {
    const i = folded.findIndex((h, idx) => !used.has(idx) && h && GUESS[f].some((w) => h.includes(w)));
    if (i >= 0) {
      used.add(i);
      out[f] = i + 1;
    }
  }
  return out;
}
async function previewImport(ctx, input) {
  return (await parseImport(ctx, input)).preview;
}
async function applyImport(ctx, input, enteredBy) {
  const { preview, fields } = await parseImport(ctx, input);
  if (preview.errorCount) throw new AppError("INVALID_INPUT", importText.fixFirst(preview.errorCount), { rows: preview.rows.filter((r) => r.errors.length).slice(0, 50) });
  await createActivities(ctx, fields, enteredBy);
  return { created: fields.length };
}

// db/services/handlers.ts
function createHandlers(ctx) {
  return {
    "app.info": () => getAppInfo(ctx),
    "settings.get": () => getCommuneSettings(ctx),
    "settings.save": (input) => saveCommuneSettings(ctx, input),
    "units.list": () => getUnits(ctx),
    "units.create": (input) => createUnit(ctx, input),
    "units.delete": ({ id }) => deleteUnit(ctx, id),
    "plans.list": ({ year }) => listPlans(ctx, year),
    "plans.get": ({ id }) => getPlanDetail(ctx, id),
    "plans.create": (input) => createPlan(ctx, input),
    "activities.create": async (input) => createActivity(ctx, input, await officerName(ctx)),
    "activities.list": (input) => listActivities(ctx, input),
    "activities.createSeries": async (input) => createActivitySeries(ctx, input, await officerName(ctx)),
    "activities.get": ({ id }) => getActivity(ctx, id),
    "activities.update": ({ id, fields }) => updateActivity(ctx, id, fields),
    "activities.delete": ({ id }) => deleteActivity(ctx, id),
    "activities.restore": ({ id }) => restoreActivity(ctx, id),
    "activities.lastUsed": ({ kind }) => lastUsedActivity(ctx, kind),
    "activities.units": () => activityUnitNames(ctx),
    "activities.exportXlsx": (input) => exportActivitiesXlsx(ctx, input),
    "activities.importPreview": (input) => previewImport(ctx, input),
    "activities.importApply": async (input) => applyImport(ctx, input, await officerName(ctx)),
    "activities.progress": ({ planId }) => planProgress(ctx, planId),
    "activities.setTaskStatus": (input) => setTaskStatus(ctx, input),
    "activities.dashboard": ({ today }) => dashboard(ctx, today),
    "evidence.add": (input) => addEvidence(ctx, input),
    "evidence.list": ({ activityId }) => listEvidence(ctx, activityId),
    "evidence.remove": ({ activityId, sha256 }) => removeEvidence(ctx, activityId, sha256),
    "evidence.thumbnail": ({ sha256 }) => evidenceThumbnail(ctx, sha256),
    "evidence.open": ({ sha256 }) => openEvidence(ctx, sha256),
    "evidence.reveal": ({ sha256 }) => revealEvidence(ctx, sha256)
  };
}
async function officerName(ctx) {
  return (await getCommuneSettings(ctx))?.officerName ?? "";
}

// db/demo/seed001.ts
var seed001Plan = {
  fields: {
    year: 2026,
    title: "Tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026",
    parentBody: "",
    issuer: "\u1EE6Y BAN NH\xC2N D\xC2N X\xC3 QUY\u1EBET TH\u1EAENG",
    numberText: "/KH-UBND",
    place: "Quy\u1EBFt Th\u1EAFng",
    issuedOn: null,
    opening: "Th\u1EF1c hi\u1EC7n K\u1EBF ho\u1EA1ch s\u1ED1 08/KH-UBND ng\xE0y 14/01/2026 c\u1EE7a \u1EE6y ban nh\xE2n d\xE2n x\xE3 v\u1EC1 vi\u1EC7c ban h\xE0nh K\u1EBF ho\u1EA1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026, \u1EE6y ban nh\xE2n d\xE2n x\xE3 ban h\xE0nh K\u1EBF ho\u1EA1ch tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026, c\u1EE5 th\u1EC3 nh\u01B0 sau",
    body: [
      { heading: "I. M\u1EE4C \u0110\xCDCH, Y\xCAU C\u1EA6U", text: "1. M\u1EE5c \u0111\xEDch\n- T\u1EADp trung ch\xFA tr\u1ECDng, quan t\xE2m c\xF4ng t\xE1c tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh, coi \u0111\xE2y l\xE0 nhi\u1EC7m v\u1EE5 tr\u1ECDng t\xE2m, kh\xE2u \u0111\u1ED9t ph\xE1 trong c\xF4ng t\xE1c l\xE3nh \u0111\u1EA1o, ch\u1EC9 \u0111\u1EA1o, \u0111i\u1EC1u h\xE0nh v\xE0 g\xF3p ph\u1EA7n ho\xE0n th\xE0nh th\u1EAFng l\u1EE3i ch\u1EE7 \u0111\u1EC1 n\u0103m 2026 v\xE0 c\xE1c Ch\u01B0\u01A1ng tr\xECnh, K\u1EBF ho\u1EA1ch ph\xE1t tri\u1EC3n kinh t\u1EBF - x\xE3 h\u1ED9i n\u0103m 2026 c\u1EE7a x\xE3.\n- \u0110\u1EA9y m\u1EA1nh c\xF4ng t\xE1c th\xF4ng tin, tuy\xEAn truy\u1EC1n nh\u1EB1m n\xE2ng cao nh\u1EADn th\u1EE9c, tr\xE1ch nhi\u1EC7m th\u1EF1c hi\u1EC7n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh c\u1EE7a c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c, ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong qu\xE1 tr\xECnh th\u1EF1c thi c\xF4ng v\u1EE5; ch\u1EA5p h\xE0nh nghi\xEAm k\u1EF7 lu\u1EADt, k\u1EF7 c\u01B0\u01A1ng, \u0111\u1EA1o \u0111\u1EE9c c\xF4ng v\u1EE5, \xFD th\u1EE9c tr\xE1ch nhi\u1EC7m, tinh th\u1EA7n ph\u1EE5c v\u1EE5 nh\xE2n d\xE2n trong vi\u1EC7c tri\u1EC3n khai c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn \u0111\u1ECBa b\xE0n x\xE3. \u0110\u1ED3ng th\u1EDDi, n\xE2ng cao nh\u1EADn th\u1EE9c, s\u1EF1 \u0111\u1ED3ng thu\u1EADn c\u1EE7a ng\u01B0\u1EDDi d\xE2n, t\u1ED5 ch\u1EE9c, x\xE3 h\u1ED9i v\u1EC1 vi\u1EC7c th\u1EF1c hi\u1EC7n c\xE1c m\u1EE5c ti\xEAu, nhi\u1EC7m v\u1EE5 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc. X\xE2y d\u1EF1ng ch\xEDnh quy\u1EC1n ph\u1EE5c v\u1EE5 nh\xE2n d\xE2n, ho\u1EA1t \u0111\u1ED9ng hi\u1EC7u l\u1EF1c, hi\u1EC7u qu\u1EA3, chuy\xEAn nghi\u1EC7p; n\xE2ng cao ch\u1EA5t l\u01B0\u1EE3ng cung \u1EE9ng d\u1ECBch v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng.\n- Ti\u1EBFp t\u1EE5c ph\xE1t huy c\xE1c m\xF4 h\xECnh, s\xE1ng ki\u1EBFn, gi\u1EA3i ph\xE1p, c\xE1ch l\xE0m hay v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh \u0111ang \u0111\u01B0\u1EE3c \xE1p d\u1EE5ng c\xF3 hi\u1EC7u qu\u1EA3.\n- T\xEDch c\u1EF1c tham gia c\xE1c h\u1ED9i thi, cu\u1ED9c thi v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh g\u1EAFn v\u1EDBi chuy\u1EC3n \u0111\u1ED5i s\u1ED1 do th\xE0nh ph\u1ED1 t\u1ED5 ch\u1EE9c.\n2. Y\xEAu c\u1EA7u\n- Tri\u1EC3n khai c\xF4ng t\xE1c tuy\xEAn truy\u1EC1n thi\u1EBFt th\u1EF1c, hi\u1EC7u qu\u1EA3 theo \u0111\xFAng ti\u1EBFn \u0111\u1ED9 \u0111\u1EC1 ra; ph\u1ED5 bi\u1EBFn n\u1ED9i dung c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh k\u1ECBp th\u1EDDi, \u0111\u1EA7y \u0111\u1EE7, th\u01B0\u1EDDng xuy\xEAn, r\u1ED9ng kh\u1EAFp, ph\xF9 h\u1EE3p v\u1EDBi t\xECnh h\xECnh th\u1EF1c t\u1EBF.\n- \u0110\u1EA9y m\u1EA1nh \u1EE9ng d\u1EE5ng c\xF4ng ngh\u1EC7 th\xF4ng tin trong ho\u1EA1t \u0111\u1ED9ng tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc, ti\u1EBFp t\u1EE5c \u0111\u1EA9y m\u1EA1nh tuy\xEAn truy\u1EC1n v\u1EC1 x\xE2y d\u1EF1ng ch\xEDnh quy\u1EC1n \u0111i\u1EC7n t\u1EED, ch\xEDnh quy\u1EC1n s\u1ED1, c\u1EA3i c\xE1ch th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh v\xE0 n\xE2ng cao ch\u1EA5t l\u01B0\u1EE3ng \u0111\u1ED9i ng\u0169 c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c tr\xEAn \u0111\u1ECBa b\xE0n x\xE3.\n- L\xF2ng gh\xE9p vi\u1EC7c tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc v\u1EDBi vi\u1EC7c ph\u1ED5 bi\u1EBFn, tuy\xEAn truy\u1EC1n, gi\xE1o d\u1EE5c v\u1EC1 c\xE1c ch\u1EE7 tr\u01B0\u01A1ng, ch\xEDnh s\xE1ch c\u1EE7a \u0110\u1EA3ng v\xE0 ph\xE1p lu\u1EADt c\u1EE7a Nh\xE0 n\u01B0\u1EDBc.\n- C\xF4ng t\xE1c tuy\xEAn truy\u1EC1n v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh ph\u1EA3i \u0111\u01B0\u1EE3c th\u1EF1c hi\u1EC7n th\u01B0\u1EDDng xuy\xEAn, li\xEAn t\u1EE5c, k\u1ECBp th\u1EDDi, ch\xEDnh x\xE1c; c\xE1c ho\u1EA1t \u0111\u1ED9ng tuy\xEAn truy\u1EC1n ph\u1EA3i \u0111i v\xE0o tr\u1ECDng t\xE2m, hi\u1EC7u qu\u1EA3, b\xE1m s\xE1t n\u1ED9i dung K\u1EBF ho\u1EA1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh s\u1ED1 08/KH-UBND ng\xE0y 14/01/2026 c\u1EE7a UBND x\xE3." },
      { heading: "II. N\u1ED8I DUNG TUY\xCAN TRUY\u1EC0N", text: "1. Tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn c\xE1c quan \u0111i\u1EC3m, ch\u1EE7 tr\u01B0\u01A1ng c\u1EE7a \u0110\u1EA3ng, ch\xEDnh s\xE1ch, ph\xE1p lu\u1EADt c\u1EE7a Nh\xE0 n\u01B0\u1EDBc v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh.\n2. Tuy\xEAn truy\u1EC1n v\u1EC1 vai tr\xF2, tr\xE1ch nhi\u1EC7m c\u1EE7a c\xE1c c\u1EA5p \u1EE7y \u0110\u1EA3ng, c\u1EE7a ng\u01B0\u1EDDi \u0111\u1EE9ng \u0111\u1EA7u c\u01A1 quan, \u0111\u01A1n v\u1ECB \u0111\u1ED1i v\u1EDBi vi\u1EC7c tri\u1EC3n khai th\u1EF1c hi\u1EC7n nhi\u1EC7m v\u1EE5 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh.\n3. Tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn s\xE2u r\u1ED9ng v\u1EC1 t\u1EA7m quan tr\u1ECDng, \xFD ngh\u0129a, m\u1EE5c ti\xEAu v\xE0 t\xE1c \u0111\u1ED9ng c\u1EE7a c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh \u0111\u1EBFn ph\xE1t tri\u1EC3n kinh t\u1EBF - x\xE3 h\u1ED9i c\u1EE7a x\xE3; tuy\xEAn truy\u1EC1n t\xECnh h\xECnh tri\u1EC3n khai, ti\u1EBFn \u0111\u1ED9, k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n K\u1EBF ho\u1EA1ch s\u1ED1 46/KH-UBND ng\xE0y 10/9/2025 c\u1EE7a UBND x\xE3 v\u1EC1 th\u1EF1c hi\u1EC7n Ch\u01B0\u01A1ng tr\xECnh t\u1ED5ng th\u1EC3 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc giai \u0111o\u1EA1n 2026 - 2030.\n4. Tuy\xEAn truy\u1EC1n v\u1EC1 k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2025 v\xE0 t\xECnh h\xECnh th\u1EF1c hi\u1EC7n c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026; ch\xFA tr\u1ECDng c\xE1c gi\u1EA3i ph\xE1p \u0111\u1EC3 n\xE2ng cao c\xE1c Ch\u1EC9 s\u1ED1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh (PAR INDEX), s\u1EF1 h\xE0i l\xF2ng c\u1EE7a ng\u01B0\u1EDDi d\xE2n, t\u1ED5 ch\u1EE9c \u0111\u1ED1i v\u1EDBi s\u1EF1 ph\u1EE5c v\u1EE5 c\u1EE7a c\u01A1 quan h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc (SIPAS).\n5. Tuy\xEAn truy\u1EC1n bi\u1EC3u d\u01B0\u01A1ng c\xE1c m\xF4 h\xECnh, \u0111i\u1EC3n h\xECnh ti\xEAn ti\u1EBFn, h\xECnh th\u1EE9c qu\u1EA3n l\xFD c\xF3 hi\u1EC7u qu\u1EA3 trong c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh; v\u1EC1 tinh th\u1EA7n ph\u1EE5c v\u1EE5 c\u1EE7a \u0111\u1ED9i ng\u0169 c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c; c\xE1c c\xE1 nh\xE2n, t\u1EADp th\u1EC3 c\xF3 th\xE0nh t\xEDch xu\u1EA5t s\u1EAFc \u0111\u01B0\u1EE3c khen th\u01B0\u1EDFng trong c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh. Tuy\xEAn truy\u1EC1n v\u1EC1 v\u0103n h\xF3a c\xF4ng v\u1EE5, \u0111\u1EA1o \u0111\u1EE9c c\xF4ng v\u1EE5, tinh th\u1EA7n ph\u1EE5c v\u1EE5 Nh\xE2n d\xE2n trong b\u1ED1i c\u1EA3nh chuy\u1EC3n \u0111\u1ED5i s\u1ED1, nh\u1EA5t l\xE0 \u0111\u1ED1i v\u1EDBi \u0111\u1ED9i ng\u0169 c\xE1n b\u1ED9 tr\u1EF1c ti\u1EBFp gi\u1EA3i quy\u1EBFt th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh. Tham gia c\xE1c h\u1ED9i thi/cu\u1ED9c thi v\u1EC1 c\xE1c n\u1ED9i dung c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh do th\xE0nh ph\u1ED1 ph\xE1t \u0111\u1ED9ng.\n6. Tuy\xEAn truy\u1EC1n c\xE1c n\u1ED9i dung K\u1EBF ho\u1EA1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh s\u1ED1 08/KH-UBND ng\xE0y 14/01/2026 c\u1EE7a \u1EE6y ban nh\xE2n d\xE2n x\xE3 v\u1EC1 vi\u1EC7c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh x\xE3 Quy\u1EBFt Th\u1EAFng n\u0103m 2026.\n7. Tuy\xEAn truy\u1EC1n v\u1EC1 vi\u1EC7c \u0111\u1EA9y m\u1EA1nh \u1EE9ng d\u1EE5ng c\xF4ng ngh\u1EC7 th\xF4ng tin trong c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh.\n8. Th\xF4ng tin, h\u01B0\u1EDBng d\u1EABn ng\u01B0\u1EDDi d\xE2n, doanh nghi\u1EC7p s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 c\xF4ng tr\u1EF1c tuy\u1EBFn, thanh to\xE1n tr\u1EF1c tuy\u1EBFn th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh; gi\u1EDBi thi\u1EC7u c\xF4ng khai c\xE1c \u0111\u1ECBa ch\u1EC9, \u0111i\u1EC7n tho\u1EA1i \u0111\u01B0\u1EDDng d\xE2y n\xF3ng ti\u1EBFp nh\u1EADn ph\u1EA3n \xE1nh, ki\u1EBFn ngh\u1ECB v\u1EC1 th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh, quy \u0111\u1ECBnh h\xE0nh ch\xEDnh, tinh th\u1EA7n tr\xE1ch nhi\u1EC7m, th\xE1i \u0111\u1ED9 giao ti\u1EBFp, \u1EE9ng x\u1EED c\u1EE7a c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c v\u1EDBi c\xF4ng d\xE2n, t\u1ED5 ch\u1EE9c. T\u0103ng c\u01B0\u1EDDng tuy\xEAn truy\u1EC1n khuy\u1EBFn kh\xEDch ph\u1EA3n h\u1ED3i, g\xF3p \xFD c\u1EE7a ng\u01B0\u1EDDi d\xE2n, doanh nghi\u1EC7p, coi tuy\xEAn truy\u1EC1n l\xE0 k\xEAnh quan tr\u1ECDng \u0111\u1EC3 ti\u1EBFp nh\u1EADn th\xF4ng tin ph\u1EE5c v\u1EE5 \u0111i\u1EC1u ch\u1EC9nh, ho\xE0n thi\u1EC7n ch\xEDnh s\xE1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh.\n9. Tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn s\xE2u r\u1ED9ng, nh\u1EB1m t\u1EA1o s\u1EF1 chuy\u1EC3n bi\u1EBFn m\u1EA1nh m\u1EBD trong nh\u1EADn th\u1EE9c v\xE0 h\xE0nh \u0111\u1ED9ng c\u1EE7a l\xE3nh \u0111\u1EA1o c\xE1c c\u01A1 quan nh\xE0 n\u01B0\u1EDBc nh\u1EA5t l\xE0 ng\u01B0\u1EDDi \u0111\u1EE9ng \u0111\u1EA7u, c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c, c\xE1c t\u1ED5 ch\u1EE9c, doanh nghi\u1EC7p v\xE0 ng\u01B0\u1EDDi d\xE2n trong vi\u1EC7c cung c\u1EA5p v\xE0 s\u1EED d\u1EE5ng c\xF3 hi\u1EC7u qu\u1EA3 d\u1ECBch v\u1EE5 c\xF4ng tr\u1EF1c tuy\u1EBFn, g\xF3p ph\u1EA7n th\u1EF1c hi\u1EC7n nhanh ti\u1EBFn tr\xECnh chuy\u1EC3n \u0111\u1ED5i s\u1ED1 qu\u1ED1c gia." },
      { heading: "III. PH\u01AF\u01A0NG TI\u1EC6N V\xC0 H\xCCNH TH\u1EE8C TUY\xCAN TRUY\u1EC0N", text: "1. Ph\u01B0\u01A1ng ti\u1EC7n tuy\xEAn truy\u1EC1n\n- Tuy\xEAn truy\u1EC1n tr\xEAn h\u1EC7 th\u1ED1ng \u0111\xE0i ph\xE1t thanh x\xE3;\n- Tuy\xEAn truy\u1EC1n b\u1EB1ng pan\xF4, \xE1p ph\xEDch, b\u0103ng r\xF4n, kh\u1EA9u hi\u1EC7u, c\xE1c h\u1ED9i thi, cu\u1ED9c thi; h\u1ED9i th\u1EA3o, h\u1ED9i ngh\u1ECB...\n- Th\xF4ng qua C\u1ED5ng th\xF4ng tin \u0111i\u1EC7n t\u1EED, fanpage c\u1EE7a x\xE3 v\xE0 c\xE1c ph\u01B0\u01A1ng ti\u1EC7n tuy\xEAn truy\u1EC1n kh\xE1c nh\u01B0 zalo, facebook,...\n2. H\xECnh th\u1EE9c tuy\xEAn truy\u1EC1n\n- X\xE2y d\u1EF1ng c\xE1c chuy\xEAn trang, chuy\xEAn m\u1EE5c v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn ph\u01B0\u01A1ng ti\u1EC7n th\xF4ng tin \u0111\u1EA1i ch\xFAng.\n- \u0110\u01B0a tin, b\xE0i v\u1EC1 th\u1EF1c hi\u1EC7n c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn h\u1EC7 th\u1ED1ng \u0111\xE0i ph\xE1t thanh c\u1EE7a x\xE3.\n- T\u1ED5 ch\u1EE9c cho c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c tham gia c\xE1c h\u1ED9i thi, cu\u1ED9c thi t\xECm hi\u1EC3u v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh do th\xE0nh ph\u1ED1 ph\xE1t \u0111\u1ED9ng.\n- Th\xF4ng qua c\xE1c h\u1ED9i ngh\u1ECB, h\u1ED9i th\u1EA3o chuy\xEAn \u0111\u1EC1 v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh v\xE0 l\u1ED3ng gh\xE9p n\u1ED9i dung tuy\xEAn truy\u1EC1n v\xE0o c\xE1c h\u1ED9i ngh\u1ECB;\n- Thi\u1EBFt k\u1EBF pa n\xF4, \xE1p ph\xEDch, x\xE2y d\u1EF1ng c\xE1c t\u1EADp t\xE0i li\u1EC7u v\u0103n b\u1EA3n v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh.\n- Ni\xEAm y\u1EBFt c\xF4ng khai c\xE1c th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh t\u1EA1i Trung t\xE2m Ph\u1EE5c v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng c\u1EE7a x\xE3." },
      { heading: "IV. T\u1ED4 CH\u1EE8C TH\u1EF0C HI\u1EC6N", text: "1. Ph\xF2ng V\u0103n ho\xE1 - X\xE3 h\u1ED9i\n- L\xE0 c\u01A1 quan th\u01B0\u1EDDng tr\u1EF1c gi\xFAp \u1EE6y ban nh\xE2n d\xE2n x\xE3 v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh c\xF3 nhi\u1EC7m v\u1EE5 l\xE0m \u0111\u1EA7u m\u1ED1i t\u1ED5ng h\u1EE3p trong c\xE1c ho\u1EA1t \u0111\u1ED9ng li\xEAn quan \u0111\u1EBFn c\xF4ng t\xE1c ph\u1ED5 bi\u1EBFn, tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn \u0111\u1ECBa b\xE0n.\n- Theo d\xF5i, t\u1ED5ng h\u1EE3p, \u0111\xE1nh gi\xE1 \u0111\u1ECBnh k\u1EF3 v\u1EC1 t\xECnh h\xECnh th\u1EF1c hi\u1EC7n c\xF4ng t\xE1c tuy\xEAn truy\u1EC1n, k\u1ECBp th\u1EDDi \u0111\u1EC1 xu\u1EA5t, b\xE1o c\xE1o \u1EE6y ban nh\xE2n d\xE2n x\xE3 \u0111i\u1EC1u ch\u1EC9nh, b\u1ED5 sung c\xE1c bi\u1EC7n ph\xE1p, h\xECnh th\u1EE9c tuy\xEAn truy\u1EC1n th\xEDch h\u1EE3p.\n- Cung c\u1EA5p th\xF4ng tin v\u1EC1 t\xECnh h\xECnh th\u1EF1c hi\u1EC7n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh. T\u1ED5 ch\u1EE9c t\u1EADp hu\u1EA5n cho c\xE1c \u0111\u1ED1i t\u01B0\u1EE3ng c\xF3 li\xEAn quan trong c\xF4ng t\xE1c tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh theo t\u1EEBng chuy\xEAn \u0111\u1EC1, ph\xF9 h\u1EE3p v\u1EDBi y\xEAu c\u1EA7u tri\u1EC3n khai k\u1EBF ho\u1EA1ch th\u1EF1c hi\u1EC7n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc.\n- H\u01B0\u1EDBng d\u1EABn c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB tr\xEAn \u0111\u1ECBa b\xE0n x\xE3 trong vi\u1EC7c th\u1EF1c hi\u1EC7n c\xF4ng t\xE1c tuy\xEAn truy\u1EC1n c\xE1c ch\u1EE7 tr\u01B0\u01A1ng, \u0111\u01B0\u1EDDng l\u1ED1i c\u1EE7a \u0110\u1EA3ng, ch\xEDnh s\xE1ch, ph\xE1p lu\u1EADt c\u1EE7a Nh\xE0 n\u01B0\u1EDBc, c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh nh\xE0 n\u01B0\u1EDBc.\n- L\u1ED3ng gh\xE9p n\u1ED9i dung c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh trong c\xE1c ch\u01B0\u01A1ng tr\xECnh th\xF4ng tin c\u1ED5 \u0111\u1ED9ng, tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn gi\xE1o d\u1EE5c ph\xE1p lu\u1EADt v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn \u0111\u1ECBa b\xE0n x\xE3.\n2. Trung t\xE2m D\u1ECBch v\u1EE5 s\u1EF1 nghi\u1EC7p c\xF4ng\n- Ph\u1ED1i h\u1EE3p v\u1EDBi Ph\xF2ng V\u0103n ho\xE1 - X\xE3 h\u1ED9i x\xE3 k\u1ECBp th\u1EDDi \u0111\u01B0a tin, t\xECnh h\xECnh c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh tr\xEAn \u0111\u1ECBa b\xE0n x\xE3.\n- T\u0103ng c\u01B0\u1EDDng th\u1EDDi l\u01B0\u1EE3ng \u0111\u01B0a tin, b\xE0i v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh t\u1EADp trung v\xE0o vi\u1EC7c th\u1EF1c hi\u1EC7n Ch\xEDnh ph\u1EE7 \u0111i\u1EC7n t\u1EED, ch\xEDnh quy\u1EC1n s\u1ED1, d\u1ECBch v\u1EE5 c\xF4ng tr\u1EF1c tuy\u1EBFn, c\u01A1 ch\u1EBF m\u1ED9t c\u1EEDa, m\u1ED9t c\u1EEDa li\xEAn th\xF4ng v\xE0 h\u1ED3 s\u01A1 b\u01B0u ch\xEDnh c\xF4ng \xEDch.\n3. C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB\n- C\u0103n c\u1EE9 theo c\xE1c n\u1ED9i dung K\u1EBF ho\u1EA1ch ch\u1EE7 \u0111\u1ED9ng t\u1ED5 ch\u1EE9c th\u1EF1c hi\u1EC7n vi\u1EC7c tuy\xEAn truy\u1EC1n, ph\u1ED5 bi\u1EBFn v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh \u0111\u1EBFn c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c, vi\xEAn ch\u1EE9c c\u01A1 quan, \u0111\u01A1n v\u1ECB.\n- Ch\u1EE7 \u0111\u1ED9ng ph\u1ED1i h\u1EE3p v\u1EDBi c\xE1c c\u01A1 quan li\xEAn quan, c\xE1c c\u01A1 quan th\xF4ng tin \u0111\u1EA1i ch\xFAng \u0111\u1EC3 t\u1ED5 ch\u1EE9c tuy\xEAn truy\u1EC1n v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh, nhi\u1EC7m v\u1EE5 v\u1EC1 chuy\xEAn \u0111\u1ED5i s\u1ED1." }
    ],
    closing: "Tr\xEAn \u0111\xE2y l\xE0 K\u1EBF ho\u1EA1ch tuy\xEAn truy\u1EC1n v\u1EC1 c\xF4ng t\xE1c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026 c\u1EE7a \u1EE6y ban nh\xE2n d\xE2n x\xE3 Quy\u1EBFt Th\u1EAFng. \u1EE6y ban nh\xE2n d\xE2n x\xE3 y\xEAu c\u1EA7u c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB, c\xF3 li\xEAn quan c\u0103n c\u1EE9 K\u1EBF ho\u1EA1ch tri\u1EC3n khai th\u1EF1c hi\u1EC7n./.",
    recipients: ["TT\u0110U, TTH\u0110ND;", "CT, c\xE1c PCT UBND x\xE3;", "C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB tr\xEAn \u0111\u1ECBa b\xE0n x\xE3;", "L\u01B0u: VT, VHXH."],
    signer: { authority: "TM. \u1EE6Y BAN NH\xC2N D\xC2N", deputy: "KT. CH\u1EE6 T\u1ECACH", position: "PH\xD3 CH\u1EE6 T\u1ECACH", name: "Mai \u0110\xE0m Thanh V\xE2n" },
    annex: {
      heading: "",
      title: "NHI\u1EC6M V\u1EE4 TUY\xCAN TRUY\u1EC0N V\u1EC0 C\u1EA2I C\xC1CH H\xC0NH CH\xCDNH N\u0102M 2026",
      subtitle: "(K\xE8m theo K\u1EBF ho\u1EA1ch s\u1ED1 /KH-UBND ng\xE0y /01/2026 c\u1EE7a UBND x\xE3 Quy\u1EBFt Th\u1EAFng)",
      orderLabel: "TT",
      columns: LAYOUT_COMMUNE_7
    },
    amendsPlanId: null
  },
  sections: [],
  tasks: [
    {
      content: "Tuy\xEAn truy\u1EC1n c\xE1c n\u1ED9i dung K\u1EBF ho\u1EA1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026 c\u1EE7a x\xE3",
      formsText: "Tr\xEAn C\u1ED5ng th\xF4ng tin \u0111i\u1EC7n t\u1EED x\xE3",
      timeText: "Qu\xFD I/2026",
      leadUnit: "Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i",
      coopUnits: "C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB li\xEAn quan",
      product: "Tin b\xE0i tr\xEAn chuy\xEAn m\u1EE5c c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh",
      areas: ["institutions", "procedures"],
      forms: ["online"],
      span: { kind: "quarter", quarter: 1 },
      targetCount: 3
    },
    {
      content: "Tuy\xEAn truy\u1EC1n c\u1ED5 \u0111\u1ED9ng tr\u1EF1c quan v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh",
      formsText: "Pano, \xE1p ph\xEDch, b\u0103ng r\xF4n, kh\u1EA9u hi\u1EC7u. H\xECnh \u1EA3nh, b\xE0i vi\u1EBFt tuy\xEAn truy\u1EC1n tr\xEAn m\u1EA1ng x\xE3 h\u1ED9i",
      timeText: "C\u1EA3 n\u0103m 2026",
      leadUnit: "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng",
      coopUnits: "C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB li\xEAn quan",
      product: "H\xECnh \u1EA3nh",
      areas: ["procedures", "digitalGov"],
      forms: ["visual", "online"],
      span: { kind: "year" },
      targetCount: 12
    },
    {
      content: "Vi\u1EBFt tin b\xE0i, ph\xF3ng s\u1EF1 tuy\xEAn truy\u1EC1n v\u1EC1 k\u1EBFt qu\u1EA3 c\xF4ng t\xE1c CCHC n\u0103m 2025 v\xE0 c\xE1c nhi\u1EC7m v\u1EE5 tr\u1ECDng t\xE2m th\u1EF1c hi\u1EC7n trong n\u0103m 2026 c\u1EE7a x\xE3",
      formsText: "Tin b\xE0i ph\xE1t thanh tr\xEAn H\u1EC7 th\u1ED1ng loa truy\u1EC1n thanh c\u1EE7a x\xE3",
      timeText: "C\u1EA3 n\u0103m 2026",
      leadUnit: "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng",
      coopUnits: "C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB li\xEAn quan",
      product: "Tin, b\xE0i",
      areas: ["procedures", "digitalGov", "civilService"],
      forms: ["broadcast"],
      span: { kind: "year" },
      targetCount: 48
    },
    {
      content: "T\u1ED5 ch\u1EE9c h\u1ED9i ngh\u1ECB tuy\xEAn truy\u1EC1n, h\u01B0\u1EDBng d\u1EABn tri\u1EC3n khai th\u1EF1c hi\u1EC7n c\xE1c nhi\u1EC7m v\u1EE5 v\u1EC1 CCHC n\u0103m 2026",
      formsText: "H\u1ED9i ngh\u1ECB",
      timeText: "Qu\xFD I/2026",
      leadUnit: "Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i",
      coopUnits: "C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB li\xEAn quan",
      product: "Gi\u1EA5y m\u1EDDi t\u1ED5 ch\u1EE9c h\u1ED9i ngh\u1ECB",
      areas: ["institutions"],
      forms: ["meeting"],
      span: { kind: "quarter", quarter: 1 },
      targetCount: 1
    }
  ]
};

// db/demo/index.ts
var DEMO_COMMUNE = {
  communeName: "x\xE3 Quy\u1EBFt Th\u1EAFng",
  communeCode: "10903",
  province: "th\xE0nh ph\u1ED1 H\u1EA3i Ph\xF2ng",
  officerName: "Nguy\u1EC5n Th\u1ECB Lan",
  officerTitle: "C\xF4ng ch\u1EE9c V\u0103n h\xF3a - X\xE3 h\u1ED9i"
};
async function seedDemo(ctx) {
  await saveCommuneSettings(ctx, DEMO_COMMUNE);
  for (const name of ["Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i", "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng", "V\u0103n ph\xF2ng H\u0110ND v\xE0 UBND x\xE3"]) {
    await createUnit(ctx, { name, kind: name.startsWith("Ph\xF2ng") ? "office" : "center" });
  }
  const { tasks } = await createPlanWithAnnex(ctx, seed001Plan);
  const [portal, visual, radio, meeting] = tasks.map((t2) => t2.id);
  const acts = [
    {
      date: "2026-01-20",
      title: "\u0110\u0103ng t\u1EA3i K\u1EBF ho\u1EA1ch tuy\xEAn truy\u1EC1n CCHC n\u0103m 2026 tr\xEAn C\u1ED5ng th\xF4ng tin \u0111i\u1EC7n t\u1EED x\xE3",
      taskId: portal ?? null,
      areas: ["institutions"],
      unitName: "Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i",
      note: "",
      details: { kind: "online", channel: "portal", postKind: "tin", url: "https://quyetthang.haiphong.gov.vn/cchc/ke-hoach-2026", views: 312 }
    },
    {
      date: "2026-02-03",
      title: "Tin: H\u01B0\u1EDBng d\u1EABn n\u1ED9p h\u1ED3 s\u01A1 tr\u1EF1c tuy\u1EBFn tr\xEAn C\u1ED5ng d\u1ECBch v\u1EE5 c\xF4ng qu\u1ED1c gia",
      taskId: radio ?? null,
      areas: ["procedures", "digitalGov"],
      unitName: "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng",
      note: "Ph\xE1t 2 bu\u1ED5i s\xE1ng, chi\u1EC1u",
      details: { kind: "broadcast", newsKind: "tin", slots: ["06:00", "17:00"], durationMinutes: 5, repeats: 2, station: "\u0110\xE0i truy\u1EC1n thanh x\xE3" }
    },
    {
      date: "2026-02-10",
      title: "Treo b\u0103ng r\xF4n tuy\xEAn truy\u1EC1n c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh t\u1EA1i tr\u1EE5 s\u1EDF UBND x\xE3",
      taskId: visual ?? null,
      areas: ["procedures"],
      unitName: "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng",
      note: "",
      details: { kind: "visual", visualKind: "bangRon", count: 4, size: "0,8 x 10 m", locations: "Tr\u1EE5 s\u1EDF UBND x\xE3; Trung t\xE2m ph\u1EE5c v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng", startDate: "2026-02-10", endDate: "2026-03-31" }
    },
    {
      date: "2026-03-05",
      title: "H\u1ED9i ngh\u1ECB tri\u1EC3n khai nhi\u1EC7m v\u1EE5 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh n\u0103m 2026",
      taskId: meeting ?? null,
      areas: ["institutions"],
      unitName: "Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i",
      note: "",
      details: { kind: "meeting", meetingKind: "hoiNghi", venue: "H\u1ED9i tr\u01B0\u1EDDng UBND x\xE3", attendees: 85, attendeeGroups: "C\xE1n b\u1ED9, c\xF4ng ch\u1EE9c x\xE3; tr\u01B0\u1EDFng th\xF4n", chairedBy: "Ph\xF3 Ch\u1EE7 t\u1ECBch UBND x\xE3" }
    },
    {
      date: "2026-03-12",
      title: "Ni\xEAm y\u1EBFt c\xF4ng khai th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh t\u1EA1i Trung t\xE2m Ph\u1EE5c v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng",
      taskId: null,
      areas: ["procedures"],
      unitName: "V\u0103n ph\xF2ng H\u0110ND v\xE0 UBND x\xE3",
      note: "C\u1EADp nh\u1EADt theo danh m\u1EE5c m\u1EDBi",
      details: { kind: "tthcPosting", place: "Trung t\xE2m Ph\u1EE5c v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng x\xE3", procedureCount: 112 }
    }
  ];
  await createActivities(ctx, acts, DEMO_COMMUNE.officerName);
}

// db/services/platform.ts
var headlessPlatform = {
  pickFolder: async () => null,
  printToPdf: async () => {
    throw new Error("printToPdf is not available in this host");
  }
};

// db/host.ts
var DB_FILE_NAME = "cchc.sqlite";
async function openApp(opts) {
  const file = import_node_path4.default.join(opts.dataDir, DB_FILE_NAME);
  const database = await openDatabase(file);
  const ctx = { db: database.db, sqlite: database.sqlite, dataDir: opts.dataDir, runtime: opts.runtime, appVersion: opts.appVersion, platform: opts.platform ?? headlessPlatform };
  if (opts.demo && readSchemaVersion(database.sqlite) > 0 && await isEmpty(ctx)) await seedDemo(ctx);
  return { ctx, handlers: createHandlers(ctx), database, close: () => database.close() };
}
async function isEmpty(ctx) {
  if (await getCommuneSettings(ctx)) return false;
  const plan = await ctx.db.selectFrom("plans").select("id").limit(1).executeTakeFirst();
  return !plan;
}

// bench/suites/activities.ts
var TOPICS = [
  "h\u01B0\u1EDBng d\u1EABn \u0111\u0103ng t\u1EA3i h\u1ED3 s\u01A1 tr\u1EF1c tuy\u1EBFn tr\xEAn C\u1ED5ng d\u1ECBch v\u1EE5 c\xF4ng",
  "c\xE0i \u0111\u1EB7t v\xE0 k\xEDch ho\u1EA1t t\xE0i kho\u1EA3n \u0111\u1ECBnh danh \u0111i\u1EC7n t\u1EED VNeID",
  "tuy\xEAn truy\u1EC1n Ngh\u1ECB quy\u1EBFt c\u1EE7a \u0110\u1EA3ng v\u1EC1 c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh",
  "thanh to\xE1n kh\xF4ng d\xF9ng ti\u1EC1n m\u1EB7t khi n\u1ED9p ph\xED, l\u1EC7 ph\xED",
  "b\u1ED9 th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh l\u0129nh v\u1EF1c h\u1ED9 t\u1ECBch, ch\u1EE9ng th\u1EF1c",
  "Ch\u1EC9 s\u1ED1 h\xE0i l\xF2ng SIPAS v\xE0 PAPI n\u0103m nay",
  "\xE1p d\u1EE5ng ISO 9001 trong gi\u1EA3i quy\u1EBFt th\u1EE7 t\u1EE5c",
  "k\u1EF7 lu\u1EADt, k\u1EF7 c\u01B0\u01A1ng h\xE0nh ch\xEDnh c\u1EE7a c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c",
  "chuy\u1EC3n \u0111\u1ED5i s\u1ED1 c\u1EA5p x\xE3 v\xE0 ch\u1EEF k\xFD s\u1ED1",
  "\u0111\u1EA5t \u0111ai, x\xE2y d\u1EF1ng v\xE0 c\u1EA5p gi\u1EA5y ch\u1EE9ng nh\u1EADn"
];
var UNITS = ["Ph\xF2ng V\u0103n h\xF3a - X\xE3 h\u1ED9i", "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng", "V\u0103n ph\xF2ng H\u0110ND v\xE0 UBND x\xE3", "\u0110o\xE0n Thanh ni\xEAn x\xE3", "H\u1ED9i Li\xEAn hi\u1EC7p Ph\u1EE5 n\u1EEF x\xE3"];
function generateActivity(i) {
  const h = (salt) => Math.floor(Math.abs(Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453) % 1 * 1e6);
  const topic = TOPICS[h(1) % TOPICS.length];
  const date = `${2025 + h(2) % 2}-${String(h(3) % 12 + 1).padStart(2, "0")}-${String(h(4) % 28 + 1).padStart(2, "0")}`;
  const common2 = { date, taskId: null, areas: [CCHC_AREAS[h(5) % 6]], unitName: UNITS[h(6) % UNITS.length], note: i % 7 === 0 ? `Ghi ch\xFA s\u1ED1 ${i}` : "" };
  switch (i % 7) {
    case 0:
      return { ...common2, title: `Tin ph\xE1t thanh s\u1ED1 ${i}: ${topic}`, details: { kind: "broadcast", newsKind: "tin", slots: ["06:00"], durationMinutes: 5, repeats: 1, station: `C\u1EE5m loa th\xF4n ${i % 9}` } };
    case 1:
      return { ...common2, title: `Treo b\u0103ng r\xF4n ${topic}`, details: { kind: "visual", visualKind: "bangRon", count: 2, size: "0,8 x 10 m", locations: "Tr\u1EE5 s\u1EDF UBND x\xE3", startDate: null, endDate: null } };
    case 2:
      return { ...common2, title: `H\u1ED9i ngh\u1ECB ${topic}`, details: { kind: "meeting", meetingKind: "hoiNghi", venue: "H\u1ED9i tr\u01B0\u1EDDng UBND x\xE3", attendees: 40 + i % 60, attendeeGroups: "C\xE1n b\u1ED9, c\xF4ng ch\u1EE9c", chairedBy: "Ph\xF3 Ch\u1EE7 t\u1ECBch UBND x\xE3" } };
    case 3:
      return { ...common2, title: `\u0110\u0103ng tin ${topic} tr\xEAn C\u1ED5ng th\xF4ng tin \u0111i\u1EC7n t\u1EED`, details: { kind: "online", channel: "portal", postKind: "tin", url: `https://xa.gov.vn/tin/${i}`, views: i % 500 } };
    case 4:
      return { ...common2, title: `Cu\u1ED9c thi t\xECm hi\u1EC3u ${topic}`, details: { kind: "contest", startDate: null, endDate: null, participants: 100 + i % 50, prizes: "" } };
    case 5:
      return { ...common2, title: `Ni\xEAm y\u1EBFt ${topic}`, details: { kind: "tthcPosting", place: "Trung t\xE2m Ph\u1EE5c v\u1EE5 h\xE0nh ch\xEDnh c\xF4ng", procedureCount: 10 + i % 90 } };
    default:
      return { ...common2, title: `Ph\xE1t t\u1EDD g\u1EA5p ${topic}`, details: { kind: "publication", publicationKind: "toGap", count: 200 + i % 300 } };
  }
}

// bench/explore.tmp.ts
async function main() {
  const dir = "/tmp/act-bench-db";
  const exists = import_node_fs4.default.existsSync(import_node_path5.default.join(dir, "cchc.sqlite"));
  import_node_fs4.default.mkdirSync(dir, { recursive: true });
  const host = await openApp({ dataDir: dir, runtime: "cli", appVersion: "x" });
  const inputs = Array.from({ length: 2e3 }, (_, i) => generateActivity(i));
  let t2 = performance.now();
  inputs.forEach((a) => ActivityFields.parse(a));
  console.log("zod parse 20k", performance.now() - t2);
  t2 = performance.now();
  inputs.forEach((a) => viSortKey(a.title));
  console.log("viSortKey 20k", performance.now() - t2);
  t2 = performance.now();
  inputs.forEach((a) => foldVietnamese(a.title));
  console.log("fold 20k", performance.now() - t2);
  t2 = performance.now();
  inputs.forEach((a) => activityToRow(a, "x", "y"));
  console.log("toRow 20k", performance.now() - t2);
  if (!exists) {
    await createActivities(host.ctx, Array.from({ length: 2e5 }, (_, i) => generateActivity(i)), "b");
    host.ctx.sqlite.exec("ANALYZE");
  }
  const qs = [
    { search: "dang tai ho so" },
    { search: "vneid" },
    { search: "tin phat thanh so 1234" },
    { search: "cum loa thon 3" },
    { from: "2026-04-01", to: "2026-06-30" },
    { from: "2026-04-01", to: "2026-06-30", kinds: ["broadcast"] },
    { kinds: ["meeting", "online"], offset: 2e3 },
    { area: "procedures", from: "2025-01-01", to: "2025-12-31" },
    { unitName: "Trung t\xE2m s\u1EF1 nghi\u1EC7p c\xF4ng" },
    { hasEvidence: false, from: "2026-01-01", to: "2026-03-31" },
    { sort: "title", direction: "asc" },
    { sort: "unitName", direction: "desc", from: "2026-07-01", to: "2026-09-30" },
    { sort: "kind", direction: "asc", kinds: ["visual", "contest"] },
    {}
  ];
  for (const q of qs) {
    await listActivities(host.ctx, ActivityListQuery.parse(q));
    const t0 = performance.now();
    const r = await listActivities(host.ctx, ActivityListQuery.parse(q));
    console.log(JSON.stringify(q), (performance.now() - t0).toFixed(1), "ms total", r.total);
  }
  await host.close();
}
void main();
