import type { Envelope } from './envelope';

/** What the preload exposes as `window.cchc`: one untyped invoke, typed by the renderer's client. */
export interface CchcBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
}
