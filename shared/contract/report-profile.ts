import { z } from 'zod';
import { channel, NoInput } from './channel';
import { ExportedFile } from './files';
import { ReportProfile } from '../domain/report-profile';

/** Cài đặt → the province's report kinds and đề cương; its configuration file in and out. */
export const reportProfileChannels = {
  'reports.profile.get': channel(NoInput, ReportProfile),
  'reports.profile.save': channel(z.object({ profile: ReportProfile }).strict(), ReportProfile),
  'reports.profile.import': channel(z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(1_400_000) }).strict(), ReportProfile),
  'reports.profile.export': channel(NoInput, ExportedFile),
};
