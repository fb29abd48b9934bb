import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from './context';
import { verifyBundle, type TrustedKeyRef, type VerifyResult } from './bundle-format';
import { trustedKeyRefs } from './province-keys';
import { importBundleInto, line, readBundleFile } from './province-bundle-write';
import { importInOrder, type ImportControl, type ImportRun } from './province-import-loop';
import { AppError } from '../../shared/errors';
import { bundlesText } from '../../shared/strings/bundles';
import { jobsText } from '../../shared/strings/jobs';
import { BUNDLE_EXTENSION, type ImportLine, type ImportSummary } from '../../shared/domain/bundle';

/**
 * The province's verify and import of communes' .cchc bundles (`cchc verify`, `cchc import`,
 * Tổng hợp in the app). Import never throws for a bad bundle: each file gets a line with a
 * precise Vietnamese reason, and nothing touches the database before every check has passed.
 * The writing itself is in province-bundle-write.ts, the folder loop in province-import-loop.ts;
 * the app runs a folder import as a job in its own thread (province-import-job.ts).
 */
const t = bundlesText;

/** `cchc verify <file>`: the full check against the trust list, no writes. */
export async function verifyBundleFile(ctx: ServiceContext, file: string): Promise<VerifyResult> {
  const read = readBundleFile(file);
  if (!read.ok) return read;
  return verifyBundle(read.bytes, await trustedKeyRefs(ctx));
}

/** One bundle's bytes into this context's database. Returns a line; never throws. */
export function importBundleBytes(ctx: ServiceContext, bytes: Uint8Array, fileName: string, trusted: readonly TrustedKeyRef[]): ImportLine {
  return importBundleInto(ctx, bytes, fileName, trusted);
}

/** For callers with a path (the hostile-input suite, the CLI): reads, size-checks, imports. Never throws. */
export async function importBundleFile(
  ctx: ServiceContext,
  { path: file }: { path: string },
  trusted?: readonly TrustedKeyRef[],
): Promise<ImportLine> {
  const name = path.basename(file);
  const read = readBundleFile(file);
  if (!read.ok) return line(name, { status: 'refused', code: read.code, message: read.message });
  return importBundleBytes(ctx, read.bytes, name, trusted ?? (await trustedKeyRefs(ctx)));
}

/** Every .cchc file of a folder in name order (commune code, then sequence); a clear error when it cannot be read. */
export function listBundleNames(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(BUNDLE_EXTENSION))
      .map((d) => d.name)
      .sort();
  } catch {
    throw new AppError('FILE_INVALID', t.errors.folderRead(folder));
  }
}

/** The officer's summary of a run: counts per verdict, and what a stop left for next time. */
export function summarizeImport(folder: string, names: readonly string[], run: ImportRun): ImportSummary {
  const { lines } = run;
  const imported = lines.filter((l) => l.status === 'imported').length;
  const duplicates = lines.filter((l) => l.status === 'duplicate').length;
  const refused = lines.filter((l) => l.status === 'refused').length;
  let text = names.length ? t.summary(imported, duplicates, refused) : t.noBundlesInFolder;
  if (run.stopped) text = `${text} ${jobsText.importCancelled(imported, names.length - lines.length)}`;
  return { folder, imported, duplicates, refused, lines, text };
}

/** `cchc import <folder>` and the tests: the whole folder in this thread, followed through `control`. */
export async function importFolder(
  ctx: ServiceContext,
  { folder }: { folder: string },
  opts: { workerFile?: string | null; control?: ImportControl } = {},
): Promise<ImportSummary> {
  const names = listBundleNames(folder);
  const trusted = await trustedKeyRefs(ctx);
  return summarizeImport(folder, names, await importInOrder(ctx, folder, names, trusted, opts.workerFile, opts.control));
}
