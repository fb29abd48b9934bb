/**
 * What the hostile-input suite (tests/unit/reliability-hostile.test.ts) attacks. Extend these
 * lists when an import lands; each entry feeds the real service through dispatch.
 */
import type { Envelope } from '../../shared/envelope';
import type { openTestApp } from './app';
import { bundleImportTarget } from './hostile-bundle-target';
import { signedBundleImportTarget } from './hostile-signed-bundle-target';
import { activityImportTarget, annexImportTarget } from './hostile-xlsx-targets';
import type { PathTarget } from './hostile-paths';
import { dispatch } from '../../shared/contract/dispatch';

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/** A valid input per channel: the suite breaks each field of it (wrong types, unknown keys…). */
export function ipcSamples(app: TestApp, ids: { planId: string; unitId: string }): Partial<Record<string, Record<string, unknown>>> {
  const activityId = (
    app.ctx.sqlite.prepare('SELECT id FROM activities WHERE deleted_at IS NULL LIMIT 1').get() as { id: string } | undefined
  )?.id;
  const activity = {
    date: '2026-03-02',
    title: 'Phát thanh tin về dịch vụ công trực tuyến',
    taskId: null,
    areas: ['procedures'],
    unitName: 'Đài truyền thanh xã',
    note: 'Ghi chú',
    details: { kind: 'broadcast', newsKind: 'tin', slots: ['sáng'], durationMinutes: 10, repeats: 1, station: 'Đài xã' },
  };
  // Channels added by other issues are named as strings: a sample for a channel that does not
  // exist (yet) is skipped by the suite.
  return {
    'activities.update': { id: activityId, fields: activity },
    // A submitted report's signed PDF (issue 13 item 5): every mutation, like this unsigned file, is refused.
    'reports.signed.attach': {
      id:
        (app.ctx.sqlite.prepare('SELECT id FROM reports WHERE submitted_at IS NOT NULL LIMIT 1').get() as { id: string } | undefined)?.id ??
        activityId,
      fileName: 'bao-cao-da-ky.pdf',
      base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    },
    'evidence.add': {
      activityId,
      name: 'bien-ban.pdf',
      base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
      thumbnailBase64: null,
    },
    'bundles.create': { what: { kind: 'changes' }, folder: '/tmp' },
    'province.import': { folder: '/tmp' },
    'settings.save': {
      communeName: 'xã Quyết Thắng',
      communeCode: '10903',
      province: 'thành phố Hải Phòng',
      officerName: 'Nguyễn Thị Lan',
      officerTitle: 'Công chức VH-XH',
    },
    'units.create': { name: 'Đoàn Thanh niên', kind: 'organisation' },
    'units.delete': { id: ids.unitId },
    'plans.list': { year: 2026 },
    'plans.get': { id: ids.planId },
    'activities.create': activity,
    'activities.list': { search: 'loa', kinds: ['broadcast'], limit: 10, offset: 0, hasEvidence: false, sort: 'date', direction: 'desc' },
    'backup.toFolder': { folder: '/tmp' },
    'backup.inspect': { path: '/tmp' },
    'backup.restore': { path: '/tmp', confirm: true },
    'folders.list': { path: '/tmp' },
  };
}

/**
 * A file import under attack. `setup` opens a fresh app ready for the import (e.g. the province
 * side with the commune's key trusted) and returns a valid sample file plus how to feed bytes
 * to the real import. Every corpus case must come back as a refusal envelope.
 */
export interface FileTarget {
  name: string;
  kind: 'xlsx' | 'bundle';
  setup(): Promise<{
    app: TestApp;
    sample: Uint8Array;
    feed(bytes: Uint8Array, fileName: string): Promise<Envelope<unknown>>;
    /** Bundles: decode to a JSON document and re-encode it signed with a trusted key. */
    document?: { decode(bytes: Uint8Array): unknown; encodeSigned(doc: unknown): Uint8Array };
    /** Bundles: the sample is imported once first; feeding it again (a replay) must be refused. */
    primeWithSample?: boolean;
    /** Bytes above the import's size limit, for the "oversized" case. */
    oversizeBytes?: number;
    close(): Promise<void>;
  }>;
}

/**
 * Registered: the activity-log and phụ lục .xlsx imports (issues 5, 4) and the province
 * bundle import (issue 7). ⚠ LEAD: add any new file import here. The suite fails if fewer than
 * 200 .xlsx cases or 1,000 bundle cases ran once a target of that kind exists.
 */
export const XLSX_TARGETS: FileTarget[] = [activityImportTarget, annexImportTarget];
export const BUNDLE_TARGETS: FileTarget[] = [bundleImportTarget, signedBundleImportTarget];

/**
 * Everything that writes a file into a folder the officer picks (USB). The disk-full and
 * read-only test (tests/unit/reliability-diskfull.test.ts) runs each against a full and a
 * read-only folder. ⚠ LEAD: add any report/export writer that writes to a folder itself.
 */
export interface WriteTarget {
  name: string;
  write(app: TestApp, folder: string): Promise<Envelope<unknown>>;
}

export const WRITE_TARGETS: WriteTarget[] = [
  {
    name: 'backup.toFolder (Sao lưu ra USB)',
    write: async (app, folder) => (await import('../../shared/contract/dispatch')).dispatch(app.handlers, 'backup.toFolder', { folder }),
  },
  {
    name: 'bundles.create (Gửi tỉnh: gói dữ liệu ra USB)',
    write: async (app, folder) =>
      (await import('../../shared/contract/dispatch')).dispatch(app.handlers, 'bundles.create', { what: { kind: 'changes' }, folder }),
  },
];

/** An ImportLine that says "refused" is the refusal, for the verdict. */
const lineAsEnvelope = (env: Envelope<unknown>): Envelope<unknown> => {
  if (!env.ok) return env;
  const l = env.value as { status?: string; message?: string; code?: string };
  return l.status === 'refused' ? { ok: false, error: { code: 'FILE_INVALID', message: l.message ?? '', details: { code: l.code } } } : env;
};

/**
 * Every channel that takes a path (issue 14 §9). Each is fed the hostile path corpus
 * (tests/helpers/hostile-paths.ts: FIFO, devices, symlinks to them, a directory, an oversized
 * file): refused at once in Vietnamese, database unchanged. ⚠ LEAD: add any new path channel.
 * The CLI's path arguments are attacked with the built CLI in tests/unit/cli-paths.test.ts.
 */
export const PATH_TARGETS: PathTarget[] = [
  {
    name: 'province.addKey (thẻ khoá)',
    oversizeBytes: 300 * 1024,
    ext: '.cchc-key.json',
    feed: (app, path) => dispatch(app.handlers, 'province.addKey', { path }),
  },
  {
    name: 'province.importFile (một gói .cchc)',
    oversizeBytes: 65 * 1024 * 1024,
    ext: '.cchc',
    feed: async (app, path) => lineAsEnvelope(await dispatch(app.handlers, 'province.importFile', { path })),
  },
  {
    name: 'backup.inspect (bản sao lưu từ đường dẫn)',
    oversizeBytes: 17 * 1024 * 1024 * 1024,
    ext: '.sqlite',
    feed: (app, path) => dispatch(app.handlers, 'backup.inspect', { path }),
  },
  {
    name: 'backup.restore (khôi phục từ đường dẫn)',
    oversizeBytes: 17 * 1024 * 1024 * 1024,
    ext: '.sqlite',
    feed: (app, path) => dispatch(app.handlers, 'backup.restore', { path, confirm: true }),
  },
];
