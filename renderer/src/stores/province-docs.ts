import { create } from 'zustand';
import { invoke, errorMessage } from '../bridge';
import type { CommuneReportDocument } from '../../../shared/contract/province';
import type { ConsolidatedDocData } from '../../../shared/domain/consolidated-doc';

interface ProvinceDocsState {
  communeDoc: CommuneReportDocument | null;
  consolidatedDoc: ConsolidatedDocData | null;
  error: string | null;
  loadCommuneDoc(communeCode: string, period: string, version: number | null): Promise<void>;
  loadConsolidatedDoc(period: string): Promise<void>;
}

/** The province's printable documents: a commune's submitted report, the Báo cáo tổng hợp. */
export const useProvinceDocsStore = create<ProvinceDocsState>((set) => ({
  communeDoc: null,
  consolidatedDoc: null,
  error: null,
  async loadCommuneDoc(communeCode, period, version) {
    set({ error: null, communeDoc: null });
    try {
      set({ communeDoc: await invoke('province.communeReportDoc', { communeCode, period, version }) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
  async loadConsolidatedDoc(period) {
    set({ error: null, consolidatedDoc: null });
    try {
      set({ consolidatedDoc: await invoke('province.consolidatedDoc', { period }) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));
