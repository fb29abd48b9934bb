import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { AppInfo } from '../../../shared/contract/app';
import type { CommuneSettings, CommuneSettingsInput } from '../../../shared/domain/settings';

interface AppState {
  info: AppInfo | null;
  settings: CommuneSettings | null;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  saveSettings(input: CommuneSettingsInput): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  settings: null,
  loading: true,
  error: null,
  async load() {
    set({ loading: true, error: null });
    try {
      const info = await invoke('app.info', {});
      // Recovery mode: the database is not open, so there are no settings to ask for.
      const settings = info.recovery ? null : await invoke('settings.get', {});
      set({ info, settings, loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  async saveSettings(input) {
    const settings = await invoke('settings.save', input);
    set((s) => ({ settings, info: s.info ? { ...s.info, needsSetup: false } : s.info }));
  },
}));
