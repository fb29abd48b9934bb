import path from 'node:path';
import fc from 'fast-check';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { createActivity, listActivities, updateActivity } from '../../db/services/activities';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { ActivityFields, ActivityListQuery } from '../../shared/domain/activity';
import type { ServiceContext } from '../../db/services/context';

/**
 * Search after edits, against an oracle written here: the words a field holds are found, the
 * words an edit removed are not. Words are 7 distinct letters from a small alphabet, so no word
 * is a prefix of another (the last typed word is searched as a prefix).
 */
const open = testApps({ demo: false });

const word = fc.stringMatching(/^[bcdghklmnpqrstvx]{7}$/);
const words = fc.array(word, { minLength: 1, maxLength: 3 });
const TEXT_FIELDS = ['title', 'note', 'unitName', 'venue', 'attendeeGroups', 'chairedBy'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Texts = Record<TextField, string[]>;
const texts = fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, words])) as Record<TextField, typeof words>) as fc.Arbitrary<Texts>;
/** Per field: keep it, or replace its words. Numbers and the date change on every edit. */
const edit = fc.record(
  Object.fromEntries(TEXT_FIELDS.map((f) => [f, fc.option(words, { nil: undefined })])) as Record<
    TextField,
    fc.Arbitrary<string[] | undefined>
  >,
);

function fields(t: Texts, n: number): ActivityFields {
  return ActivityFields.parse({
    date: `2026-03-${String(1 + (n % 28)).padStart(2, '0')}`,
    title: `Hội nghị ${t.title.join(' ')}`,
    note: t.note.join(' '),
    unitName: t.unitName.join(' '),
    areas: n % 2 ? ['procedures'] : ['institutions', 'digitalGov'],
    details: {
      kind: 'meeting',
      meetingKind: 'hoiNghi',
      venue: t.venue.join(' '),
      attendees: 10 + n,
      attendeeGroups: t.attendeeGroups.join(' '),
      chairedBy: t.chairedBy.join(' '),
    },
  });
}

const found = async (ctx: ServiceContext, w: string) =>
  (await listActivities(ctx, ActivityListQuery.parse({ search: w }))).rows.map((r) => r.id);

describe('search after edits', () => {
  it('an activity edited in any field is found by every word it holds and by no word it lost', async () => {
    const a = await open();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(texts, fc.array(edit, { minLength: 1, maxLength: 3 }), async (start, edits) => {
        n++;
        const act = await createActivity(a.ctx, fields(start, n));
        let now = start;
        const ever = new Set(Object.values(start).flat());
        for (const e of edits) {
          now = Object.fromEntries(TEXT_FIELDS.map((f) => [f, e[f] ?? now[f]])) as Texts;
          Object.values(now)
            .flat()
            .forEach((w) => ever.add(w));
          n++;
          await updateActivity(a.ctx, { id: act.id, fields: fields(now, n) });
        }
        const holds = new Set(Object.values(now).flat());
        for (const w of ever) {
          const ids = await found(a.ctx, w);
          if (holds.has(w)) expect(ids, `"${w}" is in the activity`).toContain(act.id);
          else expect(ids, `"${w}" was edited away`).not.toContain(act.id);
        }
        // A word shared by the old and new text, searched together with the title's first word.
        expect(await found(a.ctx, `hoi nghi ${now.title[0]}`)).toContain(act.id);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('migration 6 repairs the index of a database damaged by the old triggers', async () => {
    const file = path.join(tempDir(), 'cchc.sqlite');
    // A version-5 database (the split triggers), with one activity edited there.
    const sqlite = new BetterSqlite3(file);
    const k = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(k, sqlite, 5);
    const v5 = {
      db: k,
      sqlite,
      dataDir: path.dirname(file),
      runtime: 'cli',
      appVersion: 't',
      platform: undefined,
    } as unknown as ServiceContext;
    const t: Texts = {
      title: ['hkdlmnp'],
      note: ['bcdghkl'],
      unitName: ['qrstvxb'],
      venue: ['ssssttt'],
      attendeeGroups: ['cccdddg'],
      chairedBy: ['mmmnnnp'],
    };
    const act = await createActivity(v5, fields(t, 1));
    await updateActivity(v5, { id: act.id, fields: fields(t, 2) });
    const broken = (await found(v5, 'hkdlmnp')).length;
    await k.destroy();
    const d = await openDatabase(file);
    const ctx = { ...v5, db: d.db, sqlite: d.sqlite };
    for (const w of Object.values(t).flat()) expect(await found(ctx, w), w).toEqual([act.id]);
    console.log(`search after edit: ${broken} found before migration 6, 1 after`);
    await d.close();
  });
});
