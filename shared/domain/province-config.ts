import { z } from 'zod';
import { IsoDate, RequiredText } from './common';
import { ReportKind, ReportRules, periodDeadline, periodWindow, type PeriodicKind, type RuleKind } from './period';
import { ReportOutline } from './report-outline';

/**
 * The file a province gives its communes: which report kinds it wants, their windows and
 * deadlines (ReportRules) and the đề cương. Signed with the province installation's Ed25519 key
 * over the canonical JSON (RFC 8785) of `config`; unsigned files are accepted too (a province
 * without keys), but once a signed file was applied, only files of the same key replace it.
 */
export const PROVINCE_CONFIG_FORMAT = 'cchc-province-config/1';

export const ProvinceConfig = z
  .object({
    format: z.literal(PROVINCE_CONFIG_FORMAT),
    province: RequiredText(200),
    issuedOn: IsoDate.nullable().default(null),
    kinds: z.array(ReportKind).min(1),
    rules: ReportRules,
    outline: ReportOutline,
  })
  .strict();
export type ProvinceConfig = z.infer<typeof ProvinceConfig>;

export const ProvinceConfigFile = z
  .object({
    config: ProvinceConfig,
    signature: z
      .object({ alg: z.literal('Ed25519'), publicKey: z.string().max(100), value: z.string().max(200) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type ProvinceConfigFile = z.infer<typeof ProvinceConfigFile>;

/** A rule family whose deadline comes before its own data cut-off (checked on a sample period). */
export interface EarlyDeadline {
  rule: RuleKind;
  deadline: string;
  cutoff: string;
}

const SAMPLE: Record<RuleKind, PeriodicKind> = { quarter: 'q1', h1: 'h1', m9: 'm9', year: 'year' };

/**
 * The deadlines that precede the data cut-off (NĐ 09 ends windows on the 14th; seed 002's
 * deadline is the 10th): Cài đặt says so, since the last days can then only be estimates.
 */
export function deadlinesBeforeCutoff(rules: ReportRules, year: number): EarlyDeadline[] {
  return (Object.keys(SAMPLE) as RuleKind[])
    .map((rule) => ({ rule, deadline: periodDeadline(SAMPLE[rule], year, rules), cutoff: periodWindow(SAMPLE[rule], year, rules).to }))
    .filter((d) => d.deadline < d.cutoff);
}
