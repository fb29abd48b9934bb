import { keyFromSeed, sha, type Knobs } from './vector-builder';
import { baseManifest, baseRows } from './vector-rows';

/** Two fixed test keys (from public seeds: they sign nothing real) and the base bundle. */
export const KEY_A = keyFromSeed(sha('cchc-desk conformance vectors: key A (not a real commune key)'));
export const KEY_B = keyFromSeed(sha('cchc-desk conformance vectors: key B (not a real commune key)'));

export function keyCard(k = KEY_A) {
  return {
    format: 'cchc-keycard/1',
    communeCode: '10903',
    communeName: 'xã Quyết Thắng',
    province: 'thành phố Hải Phòng',
    publicKey: k.publicRaw.toString('base64'),
    keyId: k.keyId,
    createdAt: '2026-01-05T01:00:00.000Z',
    rotation: null,
  };
}

export const base = (over: Partial<Knobs> = {}): Knobs => ({ key: KEY_A, rows: baseRows(), manifest: baseManifest(), ...over });
