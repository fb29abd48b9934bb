/**
 * Child process of the crash-safety test: writes activities through the real services in a
 * loop and reports each id on fd 3 only after its transaction has committed. The parent kills
 * it with SIGKILL at a random moment.
 */
import fs from 'node:fs';
import { openApp } from '../../db/host';
import { dispatch } from '../../shared/contract/dispatch';
import { createActivities } from '../../db/services/activities';

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'crash-test' });
  fs.writeSync(3, 'ready\n');
  for (let i = 0; ; i++) {
    const fields = {
      date: '2026-05-10',
      title: `Phát thanh tin CCHC số ${process.pid}-${i}`,
      areas: ['procedures'] as const,
      details: { kind: 'broadcast' as const, newsKind: 'tin' as const, durationMinutes: 5 + (i % 20), slots: [], repeats: 1, station: '' },
    };
    if (i % 3 === 2) {
      // A multi-row transaction: all of it or none of it.
      const rows = await createActivities(host.ctx, Array.from({ length: 25 }, (_, k) => ({ ...fields, title: `${fields.title}/${k}`, taskId: null, unitName: '', note: '', areas: ['procedures'] })), 'crash');
      fs.writeSync(3, rows.map((r) => r.id).join('\n') + '\n');
    } else {
      const env = await dispatch(host.handlers, 'activities.create', fields);
      if (!env.ok) throw new Error(env.error.message);
      fs.writeSync(3, `${(env.value as { id: string }).id}\n`);
    }
  }
}

void main();
