import { create } from 'zustand';
import { invoke } from '../bridge';
import { makeRun } from './run';
import { deliverFile } from '../download';
import { fileToBase64 } from '../files';
import type { SignedDocumentInfo } from '../../../shared/domain/signed-document';
import { vi } from '../../../shared/strings/index';

/** Whose signed PDF: a submitted report or a plan. */
export interface SignedOwner {
  kind: 'report' | 'plan';
  id: string;
}

interface SignedPdfState {
  /** The document the panel shows, and its kept signed PDF (null: none yet). */
  owner: SignedOwner | null;
  info: SignedDocumentInfo | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  load(owner: SignedOwner): Promise<void>;
  attach(file: File): Promise<void>;
  openFile(): Promise<void>;
}

const same = (a: SignedOwner | null, b: SignedOwner | null) => !!a && !!b && a.kind === b.kind && a.id === b.id;

// One place names the channels of each kind of document.
const calls = {
  get: (o: SignedOwner) => (o.kind === 'report' ? invoke('reports.signed.get', { id: o.id }) : invoke('plans.signed.get', { id: o.id })),
  attach: (o: SignedOwner, fileName: string, base64: string) =>
    o.kind === 'report'
      ? invoke('reports.signed.attach', { id: o.id, fileName, base64 })
      : invoke('plans.signed.attach', { id: o.id, fileName, base64 }),
  open: (o: SignedOwner) => (o.kind === 'report' ? invoke('reports.signed.open', { id: o.id }) : invoke('plans.signed.open', { id: o.id })),
};

/** "Đính kèm bản đã ký số": the PDF signed elsewhere for the report or plan on screen. */
export const useSignedPdfStore = create<SignedPdfState>((set, get) => {
  const run = makeRun<SignedPdfState>(set, { notice: true });
  return {
    owner: null,
    info: null,
    busy: false,
    error: null,
    notice: null,
    async load(owner) {
      if (!same(get().owner, owner)) set({ owner, info: null, error: null, notice: null });
      const info = await run(() => calls.get(owner));
      if (same(get().owner, owner)) set({ info });
    },
    async attach(file) {
      const owner = get().owner;
      if (!owner) return;
      const info = await run(async () => calls.attach(owner, file.name, await fileToBase64(file)), vi.signedPdf.attached);
      if (info && same(get().owner, owner)) set({ info });
    },
    async openFile() {
      const owner = get().owner;
      if (!owner) return;
      const file = await run(() => calls.open(owner));
      if (file) deliverFile(file);
    },
  };
});
