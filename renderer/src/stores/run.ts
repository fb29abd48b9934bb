import { errorMessage } from '../bridge';

/** The loading/error fields every store that calls the bridge keeps. */
export interface RunState {
  busy: boolean;
  error: string | null;
}

/**
 * The one way a store runs a bridge call for the screen: busy while it runs, a failure becomes
 * the screen's Vietnamese message (never an exception), and — for stores with a `notice` —
 * the old notice is cleared and `notice` shown on success.
 */
export function makeRun<S extends RunState>(set: (patch: Partial<S>) => void, opts: { notice?: boolean } = {}) {
  return async function run<T>(fn: () => Promise<T>, notice?: string | null): Promise<T | null> {
    set({ busy: true, error: null, ...(opts.notice ? { notice: null } : {}) } as Partial<S>);
    try {
      const v = await fn();
      set({ busy: false, ...(opts.notice && notice !== undefined ? { notice } : {}) } as Partial<S>);
      return v;
    } catch (e) {
      set({ busy: false, error: errorMessage(e) } as Partial<S>);
      return null;
    }
  };
}
