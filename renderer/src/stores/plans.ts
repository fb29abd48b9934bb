import { create } from 'zustand';
import { createFileImportStore } from './file-import';
import { invoke, errorMessage } from '../bridge';
import { deliverFile } from '../download';
import type { ImportPreview, PlanDetail, PlanSummary, RemovedLinked } from '../../../shared/contract/plans';
import type { Plan, PlanFields } from '../../../shared/domain/plan';
import { annexOf, type AnnexSectionInput, type AnnexTaskInput } from '../../../shared/domain/plan-annex';
import type { ExportedFile } from '../../../shared/contract/files';
import { newId } from '../../../shared/ids';
import { vi } from '../../../shared/strings/index';

interface PlansState {
  list: PlanSummary[];
  detail: PlanDetail | null;
  loading: boolean;
  error: string | null;
  busy: string | null;
  notice: string | null;
  /** Names from the units list, offered when picking lead/cooperating units. */
  units: string[];
  loadUnits(): Promise<void>;
  loadList(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  create(fields: PlanFields): Promise<Plan>;
  update(id: string, fields: PlanFields): Promise<boolean>;
  remove(id: string): Promise<void>;
  copyToYear(id: string, year: number): Promise<string | null>;
  /** Run an export channel and hand the file to the officer. */
  exportFile(label: string, run: () => Promise<ExportedFile>): Promise<void>;
  setNotice(n: string | null): void;
}

export const usePlansStore = create<PlansState>((set, get) => ({
  list: [],
  detail: null,
  loading: false,
  error: null,
  busy: null,
  notice: null,
  units: [],
  async loadUnits() {
    try {
      set({ units: (await invoke('units.list', {})).map((u) => u.name) });
    } catch {
      set({ units: [] });
    }
  },
  async loadList() {
    set({ loading: true, error: null });
    try {
      set({ list: await invoke('plans.list', {}), loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  async loadDetail(id) {
    set({ loading: true, error: null, detail: get().detail?.plan.id === id ? get().detail : null });
    try {
      set({ detail: await invoke('plans.get', { id }), loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  async create(fields) {
    const plan = await invoke('plans.create', fields);
    await get().loadList();
    return plan;
  },
  async update(id, fields) {
    try {
      const plan = await invoke('plans.update', { id, fields });
      const d = get().detail;
      if (d && d.plan.id === id) set({ detail: { ...d, plan } });
      set({ notice: vi.plans.documentSaved, error: null });
      return true;
    } catch (e) {
      set({ notice: errorMessage(e) });
      return false;
    }
  },
  async remove(id) {
    await invoke('plans.delete', { id });
    await get().loadList();
  },
  async copyToYear(id, year) {
    try {
      const d = await invoke('plans.copyToYear', { id, year });
      await get().loadList();
      return d.plan.id;
    } catch (e) {
      set({ error: errorMessage(e) });
      return null;
    }
  },
  async exportFile(label, run) {
    set({ busy: label, notice: null });
    try {
      deliverFile(await run());
      set({ busy: null });
    } catch (e) {
      set({ busy: null, notice: errorMessage(e) });
    }
  },
  setNotice(n) {
    set({ notice: n });
  },
}));

// ---------- the phụ lục editor: whole-table state, autosave, undo ----------

export interface AnnexState {
  sections: AnnexSectionInput[];
  tasks: AnnexTaskInput[];
}
type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface AnnexEditorState extends AnnexState {
  planId: string | null;
  undoStack: AnnexState[];
  lastKey: string | null;
  saveState: SaveState;
  saveError: string | null;
  /** Cell to focus after a structural change: `${taskId}:${column}`. */
  focus: string | null;
  init(detail: PlanDetail): void;
  /** Apply a change; `key` coalesces typing in one cell into one undo step. */
  change(next: (s: AnnexState) => AnnexState, key?: string | null, focus?: string | null): void;
  undo(): boolean;
  flush(): Promise<void>;
  replaceFromServer(detail: PlanDetail): void;
  /** Cells whose typed text was refused (key → reason): while any is left, nothing claims "saved". */
  invalid: Record<string, string>;
  markInvalid(key: string, message: string | null): void;
}

const SAVE_DELAY_MS = 500;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
let dirty = false;

export const useAnnexEditor = create<AnnexEditorState>((set, get) => {
  const schedule = () => {
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), SAVE_DELAY_MS);
  };
  return {
    planId: null,
    sections: [],
    tasks: [],
    undoStack: [],
    lastKey: null,
    saveState: 'idle',
    saveError: null,
    focus: null,
    invalid: {},
    markInvalid(key, message) {
      const { [key]: _old, ...rest } = get().invalid;
      if (message === null && _old === undefined) return;
      set({ invalid: message === null ? rest : { ...rest, [key]: message } });
    },
    init(detail) {
      if (timer) clearTimeout(timer);
      dirty = false;
      set({
        planId: detail.plan.id,
        ...annexOf(detail),
        undoStack: [],
        lastKey: null,
        saveState: 'idle',
        saveError: null,
        focus: null,
        invalid: {},
      });
    },
    replaceFromServer(detail) {
      set({ ...annexOf(detail), undoStack: [], lastKey: null, saveState: 'saved' });
    },
    change(next, key = null, focus = null) {
      const s = get();
      const before: AnnexState = { sections: s.sections, tasks: s.tasks };
      const coalesce = key !== null && key === s.lastKey;
      const after = next(before);
      set({ ...after, undoStack: coalesce ? s.undoStack : [...s.undoStack.slice(-49), before], lastKey: key, focus });
      schedule();
    },
    undo() {
      const s = get();
      const prev = s.undoStack[s.undoStack.length - 1];
      if (!prev) return false;
      set({ ...prev, undoStack: s.undoStack.slice(0, -1), lastKey: null });
      schedule();
      return true;
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (saving) await saving;
      if (!dirty) return;
      const { planId, sections, tasks } = get();
      if (!planId) return;
      dirty = false;
      set({ saveState: 'saving' });
      saving = (async () => {
        try {
          await invoke('plans.saveAnnex', { planId, sections, tasks });
          if (!dirty) set({ saveState: 'saved', saveError: null });
        } catch (e) {
          dirty = true;
          set({ saveState: 'error', saveError: errorMessage(e) });
        }
      })();
      await saving;
      saving = null;
      if (dirty && get().saveState !== 'error') await get().flush();
    },
  };
});

// Leaving or reloading the page: send what is pending right away.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void useAnnexEditor.getState().flush());

/** A fresh empty task in a section. */
export const blankTask = (sectionId: string | null): AnnexTaskInput => ({
  id: newId(),
  sectionId,
  content: '',
  formsText: '',
  timeText: '',
  leadUnit: '',
  coopUnits: '',
  product: '',
  note: '',
  areas: [],
  forms: [],
  span: { kind: 'year' },
  targetCount: null,
  replacesTaskId: null,
});

// ---------- import from .xlsx ----------

/** The preview always reads as "keep the linked tasks"; the officer's choice goes with apply. */
export const useAnnexImport = createFileImportStore<ImportPreview, PlanDetail, [planId: string, removedLinked: RemovedLinked]>({
  preview: (file, planId) => invoke('plans.importPreview', { planId, ...file, removedLinked: 'keep' }),
  apply: (file, planId, removedLinked) => invoke('plans.importApply', { planId, ...file, removedLinked }),
});
