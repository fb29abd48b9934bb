import crypto from 'node:crypto';
import zlib from 'node:zlib';
import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { Envelope } from '../../shared/envelope';

/**
 * The hostile-input suite's machinery: corpora of malformed inputs (deterministic from a seed),
 * the "refused properly" verdict, and a database checksum.
 */

export interface HostileCase<T> {
  label: string;
  input: T;
}

/** Deterministic PRNG so a failing case can be regenerated from the printed seed. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(a: readonly T[]) => a[Math.floor(next() * a.length)]! };
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * A refusal the officer can act on: an error envelope, not INTERNAL (an exception that got
 * past validation), with a Vietnamese message. Returns why not, or null when it is fine.
 */
export function refusalProblem(env: Envelope<unknown> | undefined, unexpected: unknown[]): string | null {
  if (!env) return 'no envelope';
  if (env.ok) return 'accepted';
  if (unexpected.length) return `unexpected exception: ${String(unexpected[0])}`;
  if (env.error.code === 'INTERNAL') return 'INTERNAL error (an exception escaped validation)';
  if (!VIETNAMESE.test(env.error.message) || env.error.message.length < 20) return `message not Vietnamese: ${env.error.message}`;
  return null;
}

/**
 * Checksum of what the database holds: every row of every table, the schema and user_version,
 * plus the bytes of the main file and its WAL (a rolled-back write that touched disk shows).
 */
export function dbChecksum(sqlite: BetterSqlite3.Database, file: string): string {
  const h = crypto.createHash('sha256');
  h.update(String(sqlite.pragma('user_version', { simple: true })));
  const tables = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type IN ('table','index','trigger','view') ORDER BY name`)
    .all() as { name: string; sql: string | null }[];
  for (const t of tables) {
    h.update(`${t.name}\n${t.sql ?? ''}\n`);
    if (!/^CREATE TABLE/i.test(t.sql ?? '') || /VIRTUAL/i.test(t.sql ?? '')) continue;
    for (const row of sqlite
      .prepare(`SELECT * FROM "${t.name.replace(/"/g, '""')}"`)
      .raw()
      .iterate())
      h.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  for (const f of [file, `${file}-wal`]) h.update(fs.existsSync(f) ? fs.readFileSync(f) : Buffer.from('absent'));
  return h.digest('hex');
}

// ------------------------------------------------------------------ IPC payloads

/** Junk that no strict object schema accepts. */
export function junkPayloads(): HostileCase<unknown>[] {
  let deep: unknown = {};
  for (let i = 0; i < 2000; i++) deep = { a: deep };
  let deepArr: unknown = [];
  for (let i = 0; i < 2000; i++) deepArr = [deepArr];
  return [
    { label: 'number', input: 42 },
    { label: 'string', input: 'xin chào' },
    { label: 'null', input: null },
    { label: 'array', input: [] },
    { label: 'true', input: true },
    { label: 'huge number', input: 1e308 },
    { label: 'array of object', input: [{}] },
    { label: 'unknown key', input: { junk: 1 } },
    { label: '__proto__ pollution', input: JSON.parse('{"__proto__":{"isAdmin":true},"x":1}') },
    { label: 'constructor pollution', input: { constructor: { prototype: { isAdmin: true } } } },
    { label: 'deep nesting', input: deep },
    { label: 'deep array', input: deepArr },
    { label: 'path-like key', input: { '../../etc/passwd': 'x' } },
    { label: 'megabyte key value', input: { x: 'ư'.repeat(1_000_000) } },
  ];
}

/** Values of a different type than `v` (and long or control-laden strings where text is expected). */
export function wrongTypesFor(v: unknown): unknown[] {
  if (typeof v === 'string') return [42, true, {}, [], 'ư'.repeat(200_000)];
  if (typeof v === 'number') return ['1', true, {}, [], 1e12 + 0.5];
  if (typeof v === 'boolean') return [1, 'true', {}, []];
  if (Array.isArray(v)) return [{}, 'x', 42, [{ nope: 1 }], Array.from({ length: 10_000 }, () => 'x')];
  if (v && typeof v === 'object') return ['x', 42, [], true, { ...(v as object), extra: '../../x' }];
  return [];
}

/** Every top-level field of a valid input replaced by wrong values, plus unknown keys. */
export function mutateValid(sample: Record<string, unknown>): HostileCase<unknown>[] {
  const out: HostileCase<unknown>[] = [
    { label: 'unknown extra key', input: { ...sample, extra: 1 } },
    { label: 'path-like extra key', input: { ...sample, '..\\..\\windows': 1 } },
  ];
  for (const [k, v] of Object.entries(sample)) {
    wrongTypesFor(v).forEach((w, i) => out.push({ label: `${k} #${i}`, input: { ...sample, [k]: w } }));
  }
  return out;
}

// ------------------------------------------------------------------ files (.xlsx, bundles)

/** Byte-level damage to a valid file: flips, truncations, appended junk, foreign formats. */
export function byteCorpus(
  sample: Uint8Array,
  count: number,
  seed: number,
  opts: { oversizeBytes?: number } = {},
): HostileCase<Uint8Array>[] {
  const r = prng(seed);
  const base = Buffer.from(sample);
  const out: HostileCase<Uint8Array>[] = [
    { label: 'empty', input: new Uint8Array(0) },
    { label: 'one byte', input: base.subarray(0, 1) },
    { label: 'last byte missing', input: base.subarray(0, base.length - 1) },
    { label: 'PDF', input: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF') },
    { label: 'PNG', input: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
    { label: 'zip magic only', input: Buffer.from('504b0304', 'hex') },
    { label: 'empty zip', input: Buffer.from('504b0506000000000000000000000000000000000000', 'hex') },
    { label: 'gzip bomb', input: zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024)) },
    { label: 'gzip of junk', input: zlib.gzipSync(crypto.randomBytes(1000)) },
    { label: 'text', input: Buffer.from('Đây không phải là tệp dữ liệu.\n') },
    { label: 'JSON null', input: Buffer.from('null') },
    { label: 'JSON deep', input: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)) },
    { label: 'sample twice', input: Buffer.concat([base, base]) },
  ];
  if (opts.oversizeBytes) out.push({ label: 'oversized', input: Buffer.concat([base, Buffer.alloc(opts.oversizeBytes)]) });
  while (out.length < count) {
    const kind = r.int(5);
    const b = Buffer.from(base);
    if (kind === 0) {
      const n = 1 + r.int(8);
      for (let i = 0; i < n; i++) {
        const at = r.int(b.length);
        b[at] = b[at]! ^ (1 + r.int(255));
      }
      out.push({ label: `flip ${n}`, input: b });
    } else if (kind === 1) {
      const len = r.int(base.length);
      out.push({ label: `truncate ${len}`, input: base.subarray(0, len) });
    } else if (kind === 2) {
      out.push({ label: 'append junk', input: Buffer.concat([base, crypto.randomBytes(1 + r.int(4096))]) });
    } else if (kind === 3) {
      const at = r.int(b.length);
      const len = 1 + r.int(Math.min(4096, b.length - at));
      b.fill(r.pick([0, 0xff, 0x20]), at, at + len);
      out.push({ label: `overwrite ${len} @${at}`, input: b });
    } else {
      out.push({ label: 'random bytes', input: crypto.randomBytes(1 + r.int(20_000)) });
    }
  }
  return out;
}

/** Leaf paths of a JSON document. */
function leaves(doc: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (doc && typeof doc === 'object') {
    const entries = Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc);
    if (entries.length === 0) out.push(at);
    for (const [k, v] of entries) leaves(v, [...at, k], out);
  } else out.push(at);
  return out;
}

function setAt(doc: unknown, p: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc);
  if (p.length === 0) return value;
  let cur = copy as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[p[p.length - 1]!] = value;
  return copy;
}

/**
 * Structure-level damage to a decoded document (a bundle's manifest/payload) that no honest
 * producer makes: a leaf replaced by a value of another JSON type, unknown fields (schemas are
 * strict), path-like names in name/path/file fields, deep nesting, oversize text. The caller
 * re-encodes (and re-signs, so the checks behind the signature are exercised too).
 */
export function documentCorpus(doc: unknown, count: number, seed: number): HostileCase<unknown>[] {
  const r = prng(seed);
  const paths = leaves(doc);
  let deep: unknown = 'x';
  for (let i = 0; i < 1000; i++) deep = [deep];
  const pathLike = [
    '../../../../etc/passwd',
    '..\\..\\Windows\\System32\\config',
    'C:\\Windows\\win.ini',
    '/dev/zero',
    'evidence/../../cchc.sqlite',
    '\\\\server\\share\\x',
  ];
  const wrongFor = (v: unknown): unknown[] => {
    if (typeof v === 'string') return [42, true, [], {}, deep, 'ư'.repeat(300_000)];
    if (typeof v === 'number') return ['1', true, [], {}, deep];
    if (typeof v === 'boolean') return [1, 'true', [], {}, deep];
    if (v === null) return [deep];
    return [deep];
  };
  const valueAt = (p: (string | number)[]) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc);
  const objects = [[] as (string | number)[], ...paths.flatMap((p) => p.map((_, i) => p.slice(0, i + 1)))]
    .filter((p, i, a) => a.findIndex((q) => q.join('/') === p.join('/')) === i)
    .filter((p) => {
      const v = valueAt(p);
      return !!v && typeof v === 'object' && !Array.isArray(v);
    });
  // File names only (not free text such as a unit's name): *file*/*path* keys, or the `name`
  // of an entry that carries a content hash (an evidence file).
  const named = paths.filter((p) => {
    if (typeof valueAt(p) !== 'string') return false;
    const key = String(p[p.length - 1]);
    const parent = valueAt(p.slice(0, -1)) as Record<string, unknown>;
    return /file|path/i.test(key) || (key === 'name' && typeof parent?.sha256 === 'string');
  });
  const out: HostileCase<unknown>[] = [];
  while (out.length < count) {
    const choice = r.int(10);
    if (choice < 6 || (choice < 8 && named.length === 0)) {
      const p = r.pick(paths);
      const v = r.pick(wrongFor(valueAt(p)));
      out.push({ label: `${p.join('.')} = ${v === deep ? '[[[…]]]' : JSON.stringify(v)?.slice(0, 40)}`, input: setAt(doc, p, v) });
    } else if (choice < 8) {
      const p = r.pick(named);
      const v = r.pick(pathLike);
      out.push({ label: `${p.join('.')} = ${v}`, input: setAt(doc, p, v) });
    } else {
      const p = r.pick(objects);
      const key = r.pick(['unknown', 'constructor', '../x', 'C:\\x', 'evidence/../../a', 'isAdmin']);
      out.push({
        label: `${p.join('.') || '(root)'}.${key} added`,
        input: setAt(doc, p, { ...(valueAt(p) as object), [key]: r.pick(['x', 1, true, null]) }),
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ .xlsx structure

/**
 * Broken .xlsx files built from a valid one: each part missing, each XML part emptied, cut,
 * replaced by an entity bomb, an external-entity (XXE) probe or a decompression bomb; plus
 * truncations of the whole zip. (No random byte flips: a zip does not always notice them, and
 * a file that still reads is a valid file, not a hostile one.)
 */
export async function xlsxCorpus(sample: Uint8Array, count: number, seed: number): Promise<HostileCase<Uint8Array>[]> {
  const { default: JSZip } = await import('jszip');
  const r = prng(seed);
  const zip = await JSZip.loadAsync(sample);
  // Only the parts a reader cannot do without: docProps, themes… are optional in OOXML, and a
  // second sheet (a help sheet) may be absent from a perfectly good file.
  const names = Object.keys(zip.files).filter(
    (n) =>
      !zip.files[n]!.dir &&
      /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/sheet1\.xml|xl\/sharedStrings\.xml)$/.test(n),
  );
  const rebuild = async (edit: (z: InstanceType<typeof JSZip>) => void) => {
    const z = await JSZip.loadAsync(sample);
    edit(z);
    return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
  const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><sst><si><t>&g;</t></si></sst>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`;
  const bomb = `<?xml version="1.0"?><x>${'<y/>'.repeat(8_000_000)}</x>`;
  const out: HostileCase<Uint8Array>[] = [];
  for (const n of names) {
    out.push({ label: `${n} missing`, input: await rebuild((z) => void z.remove(n)) });
    if (!n.endsWith('.xml') && !n.endsWith('.rels')) continue;
    const text = await zip.file(n)!.async('string');
    out.push({ label: `${n} empty`, input: await rebuild((z) => void z.file(n, '')) });
    out.push({ label: `${n} cut in half`, input: await rebuild((z) => void z.file(n, text.slice(0, Math.floor(text.length / 2)))) });
    out.push({ label: `${n} not XML`, input: await rebuild((z) => void z.file(n, 'Đây không phải XML {')) });
    out.push({ label: `${n} entity bomb`, input: await rebuild((z) => void z.file(n, laughs)) });
    out.push({ label: `${n} XXE`, input: await rebuild((z) => void z.file(n, xxe)) });
  }
  const big = names.find((n) => /sheet1\.xml$/.test(n)) ?? names[0]!;
  out.push({ label: `${big} decompression bomb`, input: await rebuild((z) => void z.file(big, bomb)) });
  out.push({ label: 'not a zip', input: Buffer.from('Tên xã,Số hoạt động\nQuyết Thắng,3\n') });
  out.push({ label: 'empty', input: new Uint8Array(0) });
  const base = Buffer.from(sample);
  while (out.length < count) {
    const len = r.int(base.length - 1);
    out.push({ label: `truncated at ${len}`, input: base.subarray(0, len) });
  }
  return out;
}
