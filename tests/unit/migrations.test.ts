import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrate, readSchemaVersion } from '../../db/migrate';
import { migrations, LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { fileDigest, tempDir } from '../helpers/temp';

function rawDb(file: string) {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) }) };
}

const tables = (s: BetterSqlite3.Database) =>
  (s.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);

/** Data a commune would hold at each version, inserted before migrating on. */
const fixtures: Record<number, (s: BetterSqlite3.Database) => void> = {
  0: () => {},
  // Activities as 0001 stored them: one live, one soft-deleted (0003 adds sort keys, live-only search).
  1: (s) => {
    const ins =
      s.prepare(`INSERT INTO activities (id, created_at, updated_at, deleted_at, kind, date, task_id, title, unit_name, areas, details, note, quantity, entered_by, search_text)
      VALUES (?, 't', 't', ?, 'broadcast', '2026-02-03', NULL, ?, 'Đài xã', '["procedures"]', '{"kind":"broadcast","newsKind":"tin","slots":[],"durationMinutes":5,"repeats":1,"station":""}', '', 1, 'x', ?)`);
    ins.run('a1', null, 'Đăng tải hồ sơ', 'dang tai ho so dai xa');
    ins.run('a2', 't2', 'Bản tin đã xoá', 'ban tin da xoa dai xa');
  },
};

describe('migrations', () => {
  it('are numbered in increasing order and the latest is recorded', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('build the whole schema on an empty database, with the change log fed by triggers', async () => {
    const { db, sqlite } = rawDb(path.join(tempDir(), 'a.sqlite'));
    expect(await migrate(db, sqlite)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'settings',
        'units',
        'plans',
        'plan_sections',
        'plan_tasks',
        'activities',
        'evidence_files',
        'activity_evidence',
        'reports',
        'change_log',
      ]),
    );
    sqlite
      .prepare(
        "INSERT INTO units (id, created_at, updated_at, deleted_at, name, kind) VALUES ('u1', 't', 't', NULL, 'Phòng VH-XH', 'office')",
      )
      .run();
    sqlite.prepare("UPDATE units SET deleted_at = 't2', updated_at = 't2' WHERE id = 'u1'").run();
    expect(sqlite.prepare('SELECT table_name, row_id, op FROM change_log ORDER BY seq').all()).toEqual([
      { table_name: 'units', row_id: 'u1', op: 'insert' },
      { table_name: 'units', row_id: 'u1', op: 'delete' },
    ]);
    await db.destroy();
  });

  migrations.forEach((m, i) => {
    // Migration numbers may have gaps (one number per branch): "previous" is the one before in the list.
    const prev = i > 0 ? migrations[i - 1]!.version : 0;
    it(`migration ${m.version} (${m.name}) applies on a database holding data from version ${prev}`, async () => {
      const { db, sqlite } = rawDb(path.join(tempDir(), 'b.sqlite'));
      await migrate(db, sqlite, prev);
      expect(readSchemaVersion(sqlite)).toBe(prev);
      const seed = fixtures[prev];
      seed?.(sqlite);
      // Full-text index storage (…_fts_data etc.) is derived, not data: a migration may rebuild it.
      const before =
        m.version > 1
          ? tables(sqlite)
              .filter((t) => !/_fts(_|$)/.test(t))
              .map((t) => [t, sqlite.prepare(`SELECT count(*) n FROM "${t}"`).get()])
          : [];
      await migrate(db, sqlite, m.version);
      expect(readSchemaVersion(sqlite)).toBe(m.version);
      for (const [t, count] of before) expect(sqlite.prepare(`SELECT count(*) n FROM "${t as string}"`).get()).toEqual(count);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      await db.destroy();
    });
  });

  it('a failing migration leaves the database at the previous version, with nothing half-applied', async () => {
    const { db, sqlite } = rawDb(path.join(tempDir(), 'c.sqlite'));
    const broken = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken',
        up: async (k: Kysely<any>) => {
          await k.schema.createTable('half').addColumn('x', 'text').execute();
          throw new Error('boom');
        },
      },
    ];
    await expect(migrate(db, sqlite, LATEST_SCHEMA_VERSION + 1, broken)).rejects.toThrow('boom');
    expect(readSchemaVersion(sqlite)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(sqlite)).not.toContain('half');
    await db.destroy();
  });

  it('refuses a database from a newer app version, in Vietnamese, and leaves its bytes unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cchc.sqlite');
    const s = new BetterSqlite3(file);
    s.exec('CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES (1);');
    s.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    s.close();
    const before = fileDigest(file);
    await expect(openDatabase(file)).rejects.toMatchObject({
      code: 'DB_FROM_NEWER_VERSION',
      message: expect.stringContaining('phiên bản ứng dụng mới hơn'),
    });
    expect(fileDigest(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['cchc.sqlite']);
  });

  it('refuses a file that is not a database, without touching it', async () => {
    const file = path.join(tempDir(), 'cchc.sqlite');
    fs.writeFileSync(file, 'PK\u0003\u0004 not a database at all '.repeat(200));
    const before = fileDigest(file);
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(fileDigest(file)).toBe(before);
  });

  it('opens with WAL, foreign keys and a busy timeout', async () => {
    const d = await openDatabase(path.join(tempDir(), 'd.sqlite'));
    expect(d.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(d.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(1000);
    await d.close();
  });
});
