import { z } from 'zod';
import { installVietnameseErrors } from '../zod-vi';

// Vietnamese messages for every zod issue, wherever a schema is parsed (renderer, main, CLI).
installVietnameseErrors();

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({ input, output });

/** Channels that take no argument still get a strict object, so junk is refused. */
export const NoInput = z.object({}).strict();
export const ById = z.object({ id: z.uuid() }).strict();
export const Done = z.object({ done: z.literal(true) });
