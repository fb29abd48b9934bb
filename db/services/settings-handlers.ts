import type { AreaHandlers } from './area-handlers';
import { getCommuneSettings, saveCommuneSettings } from './settings';

export const settingsHandlers = {
  'settings.get': getCommuneSettings,
  'settings.save': saveCommuneSettings,
} satisfies AreaHandlers<'settings'>;
