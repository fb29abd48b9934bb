import { channel, NoInput } from './channel';
import { CommuneSettings } from '../domain/settings';

export const settingsChannels = {
  'settings.get': channel(NoInput, CommuneSettings.nullable()),
  'settings.save': channel(CommuneSettings, CommuneSettings),
};
