/**
 * Child process of the crash-safety test: writes activities through the real service
 * (createActivity / createActivities on the real database opened as the app opens it) in a
 * loop and reports each id on fd 3 only after its transaction has committed. The parent kills
 * it with SIGKILL at a random moment. It loads only what writing needs, so 50 starts are quick.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createActivities, createActivity } from '../../db/services/activities';
import { headlessPlatform } from '../../db/services/platform';
import type { ServiceContext } from '../../db/services/context';
import { ActivityFields } from '../../shared/domain/activity';

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const database = await openDatabase(path.join(dataDir, 'cchc.sqlite'));
  const ctx: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    dataDir,
    runtime: 'cli',
    appVersion: 'crash-test',
    platform: headlessPlatform,
  };
  fs.writeSync(3, 'ready\n');
  for (let i = 0; ; i++) {
    const fields = ActivityFields.parse({
      date: '2026-05-10',
      title: `Phát thanh tin CCHC số ${process.pid}-${i}`,
      areas: ['procedures'],
      details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 + (i % 20) },
    });
    if (i % 3 === 2) {
      // A multi-row transaction: all of it or none of it.
      const rows = await createActivities(
        ctx,
        Array.from({ length: 25 }, (_, k) => ({ ...fields, title: `${fields.title}/${k}` })),
        'crash',
      );
      fs.writeSync(3, rows.map((r) => r.id).join('\n') + '\n');
    } else {
      const a = await createActivity(ctx, fields);
      fs.writeSync(3, `${a.id}\n`);
    }
  }
}

void main();
