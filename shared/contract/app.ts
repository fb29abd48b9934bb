import { z } from 'zod';
import { channel, Done, NoInput } from './channel';
import { RecoveryInfo } from '../domain/backup';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  runtime: z.enum(['electron', 'preview', 'cli']),
  dataDir: z.string(),
  needsSetup: z.boolean(),
  /** The data is a demo (marked "mẫu" everywhere, clearable). */
  demo: z.boolean().optional(),
  /** Set when the database could not be opened: the renderer shows the recovery screen. */
  recovery: RecoveryInfo.nullable().optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = {
  'app.info': channel(NoInput, AppInfo),
  'app.openedFile': channel(NoInput, z.object({ path: z.string().nullable() })),
  'app.loadDemo': channel(NoInput, Done),
  'app.clearDemo': channel(NoInput, Done),
};
