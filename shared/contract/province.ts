import { z } from 'zod';
import { channel, NoInput } from './channel';
import { ExportedFile } from './files';
import { Consolidated, ImportLine, ImportSummary, ReportSnapshot, StatusMatrix, TrustedKey } from '../domain/bundle';

const Path = z.string().trim().min(1).max(1_000);

/** Checked and normalised by the service (2026-Q1 → 2026-q1), which explains a wrong key in Vietnamese. */
const PeriodInput = z.string().trim().min(6).max(20);

export const CommuneReport = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  periodLabel: z.string(),
  report: ReportSnapshot,
  versions: z.number().int(),
});
export type CommuneReport = z.infer<typeof CommuneReport>;

export const provinceChannels = {
  'province.keys': channel(NoInput, z.array(TrustedKey)),
  // thayKhoa: the province confirmed by phone a second key without the old key's signature.
  'province.addKey': channel(z.object({ path: Path, thayKhoa: z.boolean().optional() }).strict(), TrustedKey.extend({ warning: z.string().nullable() })),
  'province.import': channel(z.object({ folder: Path }).strict(), ImportSummary),
  'province.importFile': channel(z.object({ path: Path }).strict(), ImportLine),
  'province.status': channel(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), StatusMatrix),
  'province.report': channel(z.object({ period: PeriodInput }).strict(), Consolidated),
  'province.reportFile': channel(z.object({ period: PeriodInput, format: z.enum(['xlsx', 'docx']) }).strict(), ExportedFile),
  'province.communeReport': channel(z.object({ communeCode: z.string().regex(/^\d{5}$/), period: PeriodInput }).strict(), CommuneReport),
};
