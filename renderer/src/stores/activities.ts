import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { Activity } from '../../../shared/domain/activity';

interface ActivitiesState {
  rows: Activity[];
  total: number;
  search: string;
  loading: boolean;
  error: string | null;
  load(search?: string): Promise<void>;
}

export const useActivitiesStore = create<ActivitiesState>((set, get) => ({
  rows: [],
  total: 0,
  search: '',
  loading: false,
  error: null,
  async load(search = get().search) {
    set({ loading: true, error: null, search });
    try {
      const page = await invoke('activities.list', { search, limit: 200 });
      set({ rows: page.rows, total: page.total, loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
}));
