import { z } from 'zod';
import { channel, NoInput } from './channel';
import { ExportedFile } from './files';
import { KeyInfo, OutboxEntry } from '../domain/bundle';

const Folder = z.string().trim().min(1).max(1_000);

export const BundleTarget = z
  .object({
    what: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('report'), reportId: z.uuid() }).strict(),
      z.object({ kind: z.literal('changes') }).strict(),
    ]),
    folder: Folder,
  })
  .strict();
export type BundleTarget = z.infer<typeof BundleTarget>;

export const BundleWritten = z.object({
  fileName: z.string(),
  path: z.string(),
  size: z.number().int(),
  seq: z.number().int(),
  hash: z.string(),
  fingerprint: z.string(),
  activities: z.number().int(),
  periods: z.array(z.string()),
  verified: z.literal(true),
  /** Stored strings with a lone surrogate, repaired (→ U+FFFD) in the bundle so sending is never blocked. */
  repairedTexts: z.number().int().min(0),
});
export type BundleWritten = z.infer<typeof BundleWritten>;

export const BundleCandidates = z.object({
  reports: z.array(
    z.object({ id: z.string(), periodKey: z.string(), label: z.string(), version: z.number().int(), submittedAt: z.string() }),
  ),
  pendingChanges: z.number().int(),
  nextSeq: z.number().int(),
});
export type BundleCandidates = z.infer<typeof BundleCandidates>;

const Passphrase = z.string().min(1).max(200);
const KeyChange = KeyInfo.extend({ message: z.string() });

export const bundleChannels = {
  /** Key custody (issue 14.7): a passphrase-encrypted copy of the private key on a USB, and back. */
  'bundles.backupKey': channel(
    z.object({ folder: Folder, passphrase: Passphrase }).strict(),
    z.object({ file: z.string(), message: z.string() }),
  ),
  'bundles.restoreKey': channel(z.object({ file: Folder, passphrase: Passphrase }).strict(), KeyChange),
  'bundles.replaceLostKey': channel(NoInput, KeyChange),
  'bundles.keyInfo': channel(NoInput, KeyInfo),
  'bundles.keyCard': channel(NoInput, ExportedFile),
  'bundles.rotateKey': channel(NoInput, KeyInfo),
  'bundles.candidates': channel(NoInput, BundleCandidates),
  'bundles.pickFolder': channel(NoInput, z.object({ folder: z.string().nullable() })),
  'bundles.create': channel(BundleTarget, BundleWritten),
  'bundles.outbox': channel(NoInput, z.array(OutboxEntry)),
};
