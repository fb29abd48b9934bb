import { z } from 'zod';
import { channel, NoInput } from './channel';
import { CommuneSettings } from '../domain/settings';
import { Unit, UnitInput } from '../domain/unit';
import { ById, Done } from './channel';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  runtime: z.enum(['electron', 'preview', 'cli']),
  dataDir: z.string(),
  needsSetup: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = {
  'app.info': channel(NoInput, AppInfo),
  'settings.get': channel(NoInput, CommuneSettings.nullable()),
  'settings.save': channel(CommuneSettings, CommuneSettings),
  'units.list': channel(NoInput, z.array(Unit)),
  'units.create': channel(UnitInput, Unit),
  'units.delete': channel(ById, Done),
};
