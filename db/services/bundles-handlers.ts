import type { AreaHandlers } from './area-handlers';
import { exportKeyCard, getKeyInfo, rotateKey } from './keys';
import { backupKey, replaceLostKey, restoreKey } from './key-custody';
import { createBundle, getBundleCandidates, listOutbox, pickBundleFolder } from './bundles';

export const bundleHandlers = {
  'bundles.backupKey': backupKey,
  'bundles.restoreKey': restoreKey,
  'bundles.replaceLostKey': replaceLostKey,
  'bundles.keyInfo': getKeyInfo,
  'bundles.keyCard': exportKeyCard,
  'bundles.rotateKey': rotateKey,
  'bundles.candidates': getBundleCandidates,
  'bundles.pickFolder': pickBundleFolder,
  'bundles.create': createBundle,
  'bundles.outbox': listOutbox,
} satisfies AreaHandlers<'bundles'>;
