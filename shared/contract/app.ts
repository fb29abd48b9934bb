import { z } from 'zod';
import { channel, NoInput } from './channel';
import { RecoveryInfo } from '../domain/backup';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  runtime: z.enum(['electron', 'preview', 'cli']),
  dataDir: z.string(),
  needsSetup: z.boolean(),
  /** Set when the database could not be opened: the renderer shows the recovery screen. */
  recovery: RecoveryInfo.nullable().optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = {
  'app.info': channel(NoInput, AppInfo),
  'app.openedFile': channel(NoInput, z.object({ path: z.string().nullable() })),
};
