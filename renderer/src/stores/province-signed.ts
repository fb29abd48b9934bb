import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import { deliverFile } from '../download';
import type { ProvinceSignedDocument } from '../../../shared/domain/signed-document';

interface ProvinceSignedState {
  /** `${communeCode}~${reportId}` the shown result belongs to. */
  key: string | null;
  doc: ProvinceSignedDocument | null;
  busy: boolean;
  error: string | null;
  load(communeCode: string, reportId: string): Promise<void>;
  openFile(communeCode: string, reportId: string): Promise<void>;
}

/** The drill-down's signed PDF: verified again by the province's own service each time it is shown. */
export const useProvinceSignedStore = create<ProvinceSignedState>((set, get) => {
  const run = makeRun<ProvinceSignedState>(set);
  return {
    key: null,
    doc: null,
    busy: false,
    error: null,
    async load(communeCode, reportId) {
      const key = `${communeCode}~${reportId}`;
      set({ key, doc: null });
      const doc = await run(() => invoke('province.signed.get', { communeCode, reportId }));
      if (get().key === key) set({ doc });
    },
    async openFile(communeCode, reportId) {
      const file = await run(() => invoke('province.signed.open', { communeCode, reportId }));
      if (file) deliverFile(file);
    },
  };
});
