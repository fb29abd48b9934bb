import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { testApps } from '../helpers/app';
import { insertV1Row, v1Snapshot } from '../helpers/snapshot-fixture';
import type * as LiveReport from '../../shared/domain/report';

/**
 * Today's live report schemas gain a required field (as a future change will): the old
 * submitted report must still open, because its reader uses only the frozen v1 schema.
 */
vi.mock('../../shared/domain/report', async (importOriginal) => {
  const live = await importOriginal<typeof LiveReport>();
  const ReportFigures = live.ReportFigures.extend({ addedLater: z.string() });
  return { ...live, ReportFigures, ReportSnapshot: live.ReportSnapshot.extend({ figures: ReportFigures }) };
});

const open = testApps();

describe('the v1 snapshot after a required field is added to the live figures schema', () => {
  it('the live schema would refuse it, and the report still opens with its frozen figures', async () => {
    const { ReportSnapshot } = await import('../../shared/domain/report');
    expect(ReportSnapshot.safeParse(v1Snapshot()).success).toBe(false);
    const { getReportView } = await import('../../db/services/reports');
    const a = await open();
    const row = await insertV1Row(a);
    const view = await getReportView(a.ctx, { id: row.id });
    expect(view.figures).toEqual((v1Snapshot() as { figures: unknown }).figures);
  });
});
