import { z } from 'zod';
import { REPORT_KINDS, ReportKind } from './period';
import { DEFAULT_OUTLINE, ReportOutline } from './report-outline';
import { Text } from './common';

/**
 * What the province asks of its communes' reports, beside the cut-off rules (ReportRules):
 * which report kinds are due (seed 000: Quý I, Quý III, 6 tháng, năm, đột xuất) and the
 * đề cương. Kept as one settings key on both sides; the commune's due list and the province's
 * completeness matrix read the same value.
 */
export const ReportProfile = z
  .object({
    kinds: z.array(ReportKind).min(1).max(REPORT_KINDS.length),
    outline: ReportOutline,
    /** Where it came from: the province's file (name, date, signing key) or null when typed in Cài đặt. */
    source: z
      .object({ province: Text(200), issuedOn: z.string().nullable(), keyFingerprint: z.string().nullable() })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type ReportProfile = z.infer<typeof ReportProfile>;

export const DEFAULT_PROFILE: ReportProfile = { kinds: [...REPORT_KINDS], outline: DEFAULT_OUTLINE, source: null };

export const wantsKind = (p: Pick<ReportProfile, 'kinds'>, kind: ReportKind): boolean => p.kinds.includes(kind);
