import type { ServiceContext } from './context';
import { trustedKeyRefs } from './province-keys';
import { importWorkerFile } from './import-pool';
import { importWriterFile, runImportInWriter } from './import-writer-client';
import { importInOrder, type ImportControl } from './province-import-loop';
import { listBundleNames, summarizeImport } from './province-import';
import { startJob } from './jobs';
import type { JobStarted } from '../../shared/domain/jobs';

/**
 * `province.import`: the folder import as a job. A folder that cannot be read is refused at
 * once; then the bundles are written in the import writer thread on its own connection (the
 * host stays free for app.info and the status polls), one transaction per bundle, and a
 * "Dừng" stops between two bundles, so the database only ever holds whole bundles.
 * `writerFile` / `workerFile` are for tests (null = in this thread); never from the channel.
 */
export async function startFolderImport(
  ctx: ServiceContext,
  { folder }: { folder: string },
  opts: { writerFile?: string | null; workerFile?: string | null } = {},
): Promise<JobStarted> {
  const names = listBundleNames(folder);
  const trusted = await trustedKeyRefs(ctx);
  const writer = opts.writerFile === undefined ? importWriterFile() : opts.writerFile;
  const checker = opts.workerFile === undefined ? importWorkerFile() : opts.workerFile;
  return startJob(
    ctx,
    'province.import',
    { total: names.length, current: names[0] ?? '', cancellable: true, exclusive: true },
    async (job) => {
      const control: ImportControl = {
        stopRequested: () => job.cancelled,
        progress: (done, total, current) => job.report(done, total, current),
      };
      const inWriter =
        writer && names.length
          ? await runImportInWriter(
              writer,
              { dbFile: ctx.sqlite.name, dataDir: ctx.dataDir, folder, names, trusted: [...trusted], checkWorkerFile: checker },
              control,
              (fn) => job.onCancel(fn),
            )
          : null;
      const run = inWriter ?? (await importInOrder(ctx, folder, names, trusted, checker, control));
      return summarizeImport(folder, names, run);
    },
  );
}
