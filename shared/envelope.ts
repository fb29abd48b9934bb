import type { AppErrorShape } from './errors';

/** What every contract call returns: never a thrown error across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Envelope<never> => ({ ok: false, error });
