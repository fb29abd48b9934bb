import type { AreaHandlers } from './area-handlers';
import { exportKeyCard, getKeyInfo, rotateKey } from './keys';
import { createBundle, getBundleCandidates, listOutbox, pickBundleFolder } from './bundles';

export const bundleHandlers = {
  'bundles.keyInfo': getKeyInfo,
  'bundles.keyCard': exportKeyCard,
  'bundles.rotateKey': rotateKey,
  'bundles.candidates': getBundleCandidates,
  'bundles.pickFolder': pickBundleFolder,
  'bundles.create': createBundle,
  'bundles.outbox': listOutbox,
} satisfies AreaHandlers<'bundles'>;
