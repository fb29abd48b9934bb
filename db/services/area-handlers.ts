import type { Handlers } from '../../shared/contract/dispatch';
import {
  CHANNEL_NAMES,
  type Area,
  type ChannelName,
  type ChannelOutput,
  type ChannelsOf,
  type ParsedInput,
} from '../../shared/contract/index';
import type { ServiceContext } from './context';

/** A service behind one channel: the context and the parsed input object, never positional arguments. */
export type AreaHandler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/**
 * Every channel of one area, e.g. `satisfies AreaHandlers<'evidence'>`: a missing channel, a
 * channel of another area or a wrong input/output type is a compile error in the area's file.
 */
export type AreaHandlers<A extends Area> = { [C in ChannelsOf<A>]: AreaHandler<C> };

type AnyAreaHandler = (ctx: ServiceContext, input: never) => unknown;
export type AreaHandlerMap = Readonly<Record<string, AnyAreaHandler>>;

/**
 * One table from the area maps. A channel registered twice or not at all stops the start
 * (types catch most of it; this also catches two maps claiming the same name).
 */
export function mergeAreaHandlers(
  maps: readonly AreaHandlerMap[],
  expected: readonly string[] = CHANNEL_NAMES,
): Record<string, AnyAreaHandler> {
  const merged: Record<string, AnyAreaHandler> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`Channel '${name}' has two handlers`);
      merged[name] = handler;
    }
  }
  const missing = expected.filter((n) => !Object.prototype.hasOwnProperty.call(merged, n));
  if (missing.length) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  const unknown = Object.keys(merged).filter((n) => !expected.includes(n));
  if (unknown.length) throw new Error(`Handlers for channels not in the contract: ${unknown.join(', ')}`);
  return merged;
}

/** The merged table bound to one context: what dispatch calls. */
export function bindHandlers(ctx: ServiceContext, merged: Record<string, AnyAreaHandler>): Handlers {
  const bound: Record<string, (input: unknown) => unknown> = {};
  for (const [name, handler] of Object.entries(merged))
    bound[name] = (input: unknown) => (handler as (c: ServiceContext, i: unknown) => unknown)(ctx, input);
  return bound as unknown as Handlers;
}
