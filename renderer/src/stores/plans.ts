import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { PlanDetail, PlanSummary } from '../../../shared/contract/plans';

interface PlansState {
  list: PlanSummary[];
  detail: PlanDetail | null;
  loading: boolean;
  error: string | null;
  loadList(): Promise<void>;
  loadDetail(id: string): Promise<void>;
}

export const usePlansStore = create<PlansState>((set) => ({
  list: [],
  detail: null,
  loading: false,
  error: null,
  async loadList() {
    set({ loading: true, error: null });
    try {
      set({ list: await invoke('plans.list', {}), loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  async loadDetail(id) {
    set({ loading: true, error: null, detail: null });
    try {
      set({ detail: await invoke('plans.get', { id }), loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
}));
