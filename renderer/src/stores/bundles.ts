import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import { cancelJob, followJob, runningJob } from './jobs';
import type { JobOf } from '../../../shared/contract/jobs';
import type {
  KeyInfo,
  OutboxEntry,
  ImportLine,
  ImportSummary,
  StatusMatrix,
  Consolidated,
  TrustedKey,
} from '../../../shared/domain/bundle';
import type { BundleCandidates, BundleWritten } from '../../../shared/contract/bundles';
import type { CommuneReport } from '../../../shared/contract/province';
import type { ExportedFile } from '../../../shared/contract/files';

/** Gửi tỉnh (commune) and the province mode: one store, calls only through the bridge. */
interface BundlesState {
  key: KeyInfo | null;
  candidates: BundleCandidates | null;
  outbox: OutboxEntry[];
  written: BundleWritten | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  loadCommune(): Promise<void>;
  create(what: { kind: 'report'; reportId: string } | { kind: 'changes' }, folder: string): Promise<void>;
  /** The running (or last) "Tạo gói", for its bar. */
  createJob: JobOf<'bundles.create'> | null;
  pickFolder(): Promise<string | null>;
  keyCard(): Promise<ExportedFile | null>;
  rotate(): Promise<void>;
  /** Key custody: each returns the Vietnamese message to show, or null (the error is in `error`). */
  backupKey(folder: string, passphrase: string): Promise<string | null>;
  restoreKey(file: string, passphrase: string): Promise<string | null>;
  replaceLostKey(): Promise<string | null>;
  // Province
  keys: TrustedKey[];
  summary: ImportSummary | null;
  matrix: StatusMatrix | null;
  table: Consolidated | null;
  drill: CommuneReport | null;
  loadProvince(year: number, period: string): Promise<void>;
  /** `thayKhoa`: the officer confirmed a key without the old key's signature (after a phone call). */
  addKey(path: string, thayKhoa?: boolean): Promise<void>;
  /** The warning shown when a replacement key was registered on confirmation. */
  keyWarning: string | null;
  /** Starts the folder import and follows it to the end (the bar, then the summary). */
  importFolder(folder: string, year: number, period: string): Promise<void>;
  /** The running or last folder import: done/total, current file; stays at 100% when done. */
  importJob: JobOf<'province.import'> | null;
  /** "Dừng" was pressed: the import stops after the bundle being written. */
  importStopAsked: boolean;
  stopImport(): Promise<void>;
  /** Opened again while an import runs in the host: show its bar and wait for it. */
  resumeImport(year: number, period: string): Promise<void>;
  loadTable(period: string): Promise<void>;
  reportFile(period: string, format: 'xlsx' | 'docx' | 'pdf'): Promise<ExportedFile | null>;
  openDrill(communeCode: string, period: string): Promise<void>;
  closeDrill(): void;
  /** A .cchc the OS asked us to open (double-click): checked and imported on the officer's click. */
  opened: { path: string; line: ImportLine | null } | null;
  checkOpenedFile(): Promise<string | null>;
  importOpened(year: number, period: string): Promise<void>;
  dismissOpened(): void;
}

export const useBundlesStore = create<BundlesState>((set, get) => {
  const run = makeRun<BundlesState>(set, { notice: true });
  const followImport = async (jobId: string, year: number, period: string) => {
    const end = await run(() => followJob('province.import', jobId, (importJob) => set({ importJob })));
    set({ importStopAsked: false });
    if (!end) return;
    if (end.state === 'failed') set({ error: end.error });
    if (end.result) {
      set({ summary: end.result });
      await get().loadProvince(year, period);
    }
  };
  return {
    key: null,
    candidates: null,
    outbox: [],
    written: null,
    createJob: null,
    busy: false,
    error: null,
    notice: null,
    keyWarning: null,
    async loadCommune() {
      await run(async () => {
        const [key, candidates, outbox] = await Promise.all([
          invoke('bundles.keyInfo', {}),
          invoke('bundles.candidates', {}),
          invoke('bundles.outbox', {}),
        ]);
        set({ key, candidates, outbox });
      });
    },
    async create(what, folder) {
      set({ written: null, createJob: null });
      // A job, so the page shows a bar while the year's data is collected, signed and written.
      const written = await run(async () => {
        const { jobId } = await invoke('jobs.start', { job: 'bundles.create', input: { what, folder } });
        const end = await followJob('bundles.create', jobId, (createJob) => set({ createJob }));
        if (end.state === 'failed' || !end.result) throw new Error(end.error ?? '');
        return end.result;
      });
      if (written) {
        set({ written });
        const [candidates, outbox] = await Promise.all([invoke('bundles.candidates', {}), invoke('bundles.outbox', {})]);
        set({ candidates, outbox });
      }
    },
    async pickFolder() {
      const r = await run(() => invoke('bundles.pickFolder', {}));
      return r?.folder ?? null;
    },
    keyCard: () => run(() => invoke('bundles.keyCard', {})),
    async rotate() {
      const key = await run(() => invoke('bundles.rotateKey', {}));
      if (key) set({ key });
    },
    keys: [],
    summary: null,
    opened: null,
    matrix: null,
    table: null,
    drill: null,
    async loadProvince(year, period) {
      await run(async () => {
        const [keys, matrix, table] = await Promise.all([
          invoke('province.keys', {}),
          invoke('province.status', { year }),
          invoke('province.report', { period }),
        ]);
        set({ keys, matrix, table });
      });
    },
    async addKey(path, thayKhoa = false) {
      set({ keyWarning: null });
      const k = await run(() => invoke('province.addKey', { path, thayKhoa }));
      if (k) set({ keys: await invoke('province.keys', {}), notice: k.communeName, keyWarning: k.warning });
    },
    async backupKey(folder, passphrase) {
      return (await run(() => invoke('bundles.backupKey', { folder, passphrase })))?.message ?? null;
    },
    async restoreKey(file, passphrase) {
      const r = await run(() => invoke('bundles.restoreKey', { file, passphrase }));
      if (r) set({ key: r });
      return r?.message ?? null;
    },
    async replaceLostKey() {
      const r = await run(() => invoke('bundles.replaceLostKey', {}));
      if (r) set({ key: r });
      return r?.message ?? null;
    },
    importJob: null,
    importStopAsked: false,
    async importFolder(folder, year, period) {
      set({ summary: null, importJob: null, importStopAsked: false });
      const started = await run(() => invoke('province.import', { folder }));
      if (started) await followImport(started.jobId, year, period);
    },
    async stopImport() {
      const job = get().importJob;
      if (!job || job.state !== 'running') return;
      set({ importStopAsked: true });
      await cancelJob(job.jobId).catch(() => undefined);
    },
    async resumeImport(year, period) {
      if (get().importJob?.state === 'running') return;
      const job = await runningJob('province.import').catch(() => null);
      if (job) {
        set({ importJob: job, summary: null });
        await followImport(job.jobId, year, period);
      }
    },
    async loadTable(period) {
      const table = await run(() => invoke('province.report', { period }));
      if (table) set({ table, drill: null });
    },
    reportFile: (period, format) => run(() => invoke('province.reportFile', { period, format })),
    async openDrill(communeCode, period) {
      const drill = await run(() => invoke('province.communeReport', { communeCode, period }));
      if (drill) set({ drill });
    },
    closeDrill: () => set({ drill: null }),
    async checkOpenedFile() {
      const { path } = await invoke('app.openedFile', {}).catch(() => ({ path: null }));
      if (path) set({ opened: { path, line: null } });
      return path;
    },
    async importOpened(year, period) {
      const opened = get().opened;
      if (!opened) return;
      const line = await run(() => invoke('province.importFile', { path: opened.path }));
      if (line) {
        set({ opened: { ...opened, line } });
        await get().loadProvince(year, period);
      }
    },
    dismissOpened: () => set({ opened: null }),
  };
});
