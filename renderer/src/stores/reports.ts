import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import { makeRun } from './run';
import { deliverFile } from '../download';
import type { ExportFormat, PeriodsOfYear, ReportView, SubmitCheck } from '../../../shared/contract/reports';
import type { ChannelInput } from '../../../shared/contract/index';
import type { ReportRules } from '../../../shared/domain/period';
import type { ReportDoc } from '../../../shared/domain/report';
import { vi } from '../../../shared/strings/index';
import { yearInVietnam } from '../../../shared/format';

interface ReportsState {
  year: number;
  periods: PeriodsOfYear | null;
  view: ReportView | null;
  rules: ReportRules | null;
  loading: boolean;
  busy: boolean;
  error: string | null;
  notice: string | null;
  loadPeriods(year?: number): Promise<void>;
  create(input: ChannelInput<'reports.create'>): Promise<string | null>;
  open(id: string): Promise<void>;
  saveDoc(doc: ReportDoc): Promise<boolean>;
  submit(): Promise<void>;
  /** The submit gate's verdict for the confirm dialog (missing số / ngày / người ký, stale text, early). */
  checkSubmit(doc: ReportDoc): Promise<SubmitCheck | null>;
  revise(): Promise<string | null>;
  exportFile(format: ExportFormat): Promise<void>;
  loadRules(): Promise<void>;
  saveRules(rules: ReportRules): Promise<boolean>;
  clearMessages(): void;
}

/** Reports: the periods of a year, the report open on screen, the province's period rules. */
export const useReportsStore = create<ReportsState>((set, get) => {
  const run = makeRun<ReportsState>(set, { notice: true });
  return {
    year: yearInVietnam(),
    periods: null,
    view: null,
    rules: null,
    loading: false,
    busy: false,
    error: null,
    notice: null,
    async loadPeriods(year = get().year) {
      set({ loading: true, error: null, year });
      try {
        set({ periods: await invoke('reports.periods', { year }), loading: false });
      } catch (e) {
        set({ error: errorMessage(e), loading: false });
      }
    },
    async create(input) {
      const r = await run(() => invoke('reports.create', input));
      return r?.id ?? null;
    },
    async open(id) {
      set({ loading: true, error: null, notice: null, view: get().view?.report.id === id ? get().view : null });
      try {
        set({ view: await invoke('reports.get', { id }), loading: false });
      } catch (e) {
        set({ error: errorMessage(e), loading: false });
      }
    },
    async saveDoc(doc) {
      const id = get().view?.report.id;
      if (!id) return false;
      const r = await run(() => invoke('reports.saveDoc', { id, doc }), vi.reports.draftSaved);
      if (r) await get().open(id);
      if (r) set({ notice: vi.reports.draftSaved });
      return r !== null;
    },
    async submit() {
      const id = get().view?.report.id;
      if (!id) return;
      const r = await run(() => invoke('reports.submit', { id }));
      if (r) {
        await get().open(id);
        set({ notice: vi.reports.submitted });
      }
    },
    async checkSubmit(doc) {
      const id = get().view?.report.id;
      if (!id) return null;
      try {
        return await invoke('reports.submitCheck', { id, doc });
      } catch (e) {
        set({ error: errorMessage(e) });
        return null;
      }
    },
    async revise() {
      const id = get().view?.report.id;
      if (!id) return null;
      const r = await run(() => invoke('reports.revise', { id }));
      return r?.id ?? null;
    },
    async exportFile(format) {
      const id = get().view?.report.id;
      if (!id) return;
      const file = await run(() => invoke('reports.export', { id, format }));
      if (file) {
        deliverFile(file);
        set({ notice: vi.reports.exported(file.fileName) });
      }
    },
    async loadRules() {
      const r = await run(() => invoke('reports.rules.get', {}));
      if (r) set({ rules: r });
    },
    async saveRules(rules) {
      const r = await run(() => invoke('reports.rules.save', { rules }), vi.reports.rules.saved);
      if (r) set({ rules: r });
      return r !== null;
    },
    clearMessages() {
      set({ error: null, notice: null });
    },
  };
});
