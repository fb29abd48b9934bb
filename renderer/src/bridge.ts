import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/index';
import type { CchcBridge } from '../../shared/bridge';
import type { Envelope } from '../../shared/envelope';
import type { AppErrorShape } from '../../shared/errors';
import { vi } from '../../shared/strings/index';

declare global {
  interface Window {
    cchc?: CchcBridge;
  }
}

/** An error envelope turned into something a store can throw and a screen can show. */
export class BridgeError extends Error {
  readonly code: string;
  readonly details?: unknown;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.details = shape.details;
  }
}

/** The preview: the same contract over HTTP, with the per-launch token the server put in the page. */
function httpBridge(): CchcBridge {
  const token = document.querySelector<HTMLMetaElement>('meta[name="cchc-token"]')?.content ?? '';
  return {
    async invoke(channel, input) {
      try {
        const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-cchc-token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: vi.errors.network } };
      }
    },
  };
}

const transport: CchcBridge = window.cchc ?? httpBridge();

/** Typed call: the renderer does not know whether Electron or the preview answers. */
export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const env = await transport.invoke(channel, input);
  if (!env.ok) throw new BridgeError(env.error);
  return env.value as ChannelOutput<C>;
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : vi.errors.internal);
