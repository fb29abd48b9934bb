import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { Activity, ActivityListQuery, Dashboard, PlanProgress } from '../../../shared/domain/activity';
import type { ChannelInput } from '../../../shared/contract/index';
import { todayInVietnam } from '../../../shared/format';

export const PAGE_SIZE = 100;
export type ListFilter = Omit<ChannelInput<'activities.list'>, 'offset' | 'limit'>;

interface ActivitiesState {
  filter: ListFilter;
  /** Rows by position in the filtered, sorted list; pages arrive as the table scrolls. */
  rows: Map<number, Activity>;
  /** Rows the list holds, as far as counted: with `totalCapped` there are more beyond it. */
  total: number;
  totalCapped: boolean;
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

type Counted = { total: number; totalCapped: boolean };

/**
 * The total after a later page: a capped count grows as pages further down are read (each page
 * counts twice as far as it reaches), and never shrinks because an earlier page answered late; an
 * exact count (not capped) is the truth.
 */
function grownTotal(cur: Counted, page: Counted): Counted {
  if (!page.totalCapped) return { total: page.total, totalCapped: false };
  if (!cur.totalCapped && cur.total > page.total) return { total: cur.total, totalCapped: false };
  return { total: Math.max(cur.total, page.total), totalCapped: true };
}

async function fetchPage(filter: ListFilter, page: number) {
  return invoke('activities.list', { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
}

export const useActivitiesStore = create<ActivitiesState>((set, get) => ({
  filter: { search: '', sort: 'date', direction: 'desc' },
  rows: new Map(),
  total: 0,
  totalCapped: false,
  generation: 0,
  loadedPages: new Set(),
  loading: false,
  error: null,
  search: '',
  async setFilter(patch) {
    // A new filter starts from its top: no place to keep.
    set({ filter: { ...get().filter, ...patch }, loadedPages: new Set() });
    await get().reload();
  },
  async reload() {
    const generation = get().generation + 1;
    const filter = get().filter;
    // The same list again (after a save or delete): the furthest page read is read again too, so
    // a capped total still reaches where the officer is and the table keeps its place.
    const far = Math.max(0, ...get().loadedPages);
    // Rows of the old filter go at once; pages of the new one arrive as they load (any order).
    set({ generation, rows: new Map(), loadedPages: new Set([0, far]), loading: true, error: null, search: filter.search ?? '' });
    try {
      const [page, farPage] = await Promise.all([fetchPage(filter, 0), far ? fetchPage(filter, far) : null]);
      if (get().generation !== generation) return;
      const rows = new Map(get().rows);
      page.rows.forEach((r, i) => rows.set(i, r));
      farPage?.rows.forEach((r, i) => rows.set(far * PAGE_SIZE + i, r));
      set({ rows, ...grownTotal(page, farPage ?? page), loading: false });
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
        set({ rows, ...grownTotal(get(), page) });
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
  return todayInVietnam();
}
