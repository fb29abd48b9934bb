import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { Activity, ActivityListQuery, Dashboard, PlanProgress } from '../../../shared/domain/activity';
import type { ChannelInput } from '../../../shared/contract/index';

export const PAGE_SIZE = 100;
export type ListFilter = Omit<ChannelInput<'activities.list'>, 'offset' | 'limit'>;

interface ActivitiesState {
  filter: ListFilter;
  /** Rows by position in the filtered, sorted list; pages arrive as the table scrolls. */
  rows: Map<number, Activity>;
  total: number;
  /** Bumped on every filter change, so late pages of an old filter are dropped. */
  generation: number;
  loadedPages: Set<number>;
  loading: boolean;
  error: string | null;
  search: string;
  setFilter(patch: Partial<ListFilter>): Promise<void>;
  reload(): Promise<void>;
  ensureRange(start: number, end: number): Promise<void>;
  /** Old callers (dashboard of the foundation): search only. */
  load(search?: string): Promise<void>;
  dashboard: Dashboard | null;
  loadDashboard(today: string): Promise<void>;
  progress: PlanProgress | null;
  loadProgress(planId: string): Promise<void>;
}

async function fetchPage(filter: ListFilter, page: number) {
  return invoke('activities.list', { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
}

export const useActivitiesStore = create<ActivitiesState>((set, get) => ({
  filter: { search: '', sort: 'date', direction: 'desc' },
  rows: new Map(),
  total: 0,
  generation: 0,
  loadedPages: new Set(),
  loading: false,
  error: null,
  search: '',
  async setFilter(patch) {
    set({ filter: { ...get().filter, ...patch } });
    await get().reload();
  },
  async reload() {
    const generation = get().generation + 1;
    const filter = get().filter;
    // Rows of the old filter go at once; pages of the new one arrive as they load (any order).
    set({ generation, rows: new Map(), loadedPages: new Set([0]), loading: true, error: null, search: filter.search ?? '' });
    try {
      const page = await fetchPage(filter, 0);
      if (get().generation !== generation) return;
      const rows = new Map(get().rows);
      page.rows.forEach((r, i) => rows.set(i, r));
      set({ rows, total: page.total, loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  async ensureRange(start, end) {
    const { generation, filter, loadedPages } = get();
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.floor(Math.max(start, end) / PAGE_SIZE);
    for (let p = first; p <= last; p++) {
      if (loadedPages.has(p) || p * PAGE_SIZE >= get().total) continue;
      loadedPages.add(p);
      try {
        const page = await fetchPage(filter, p);
        if (get().generation !== generation) return;
        const rows = new Map(get().rows);
        page.rows.forEach((r, i) => rows.set(p * PAGE_SIZE + i, r));
        set({ rows, total: page.total });
      } catch (e) {
        loadedPages.delete(p);
        set({ error: errorMessage(e) });
      }
    }
  },
  async load(search) {
    if (search !== undefined) set({ filter: { ...get().filter, search } });
    await get().reload();
  },
  dashboard: null,
  async loadDashboard(today) {
    try {
      set({ dashboard: await invoke('activities.dashboard', { today }), error: null });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
  progress: null,
  async loadProgress(planId) {
    try {
      set({ progress: await invoke('activities.progress', { planId }), error: null });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));

export type { ActivityListQuery };

/** Today in the officer's time zone, as yyyy-mm-dd. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
