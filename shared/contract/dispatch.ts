import type { z } from 'zod';
import { contract, isChannelName, type ChannelName, type ChannelOutput, type ParsedInput } from './index';
import { AppError, isAppError } from '../errors';
import { fail, ok, type Envelope } from '../envelope';
import { common } from '../strings/common';
import { findMalformedText, toNfcDeep } from '../text';
import { issueText } from '../zod-vi';
import { storageError } from '../storage-errors';

export type Handler<C extends ChannelName> = (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
/** A handler for every channel: a missing one is a type error, not a runtime surprise. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface DispatchOptions {
  /** Called with unexpected (non-AppError) failures, for the log. */
  onUnexpected?: (channel: string, error: unknown) => void;
}

/**
 * Input fields kept byte for byte by the NFC rule: file and folder paths (the disk does not
 * normalize names, so an NFD name made NFC is a file that does not exist), base64 (ASCII), and
 * passphrases (a secret is bytes; key custody normalizes its own for the key derivation).
 */
export const VERBATIM_INPUT_KEYS: ReadonlySet<string> = new Set([
  'path',
  'folder',
  'file',
  'keyFile',
  'base64',
  'thumbnailBase64',
  'passphrase',
]);

export function invalidInputError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueText(i) }));
  const first = issues[0];
  const where = first ? ` (${first.message})` : '';
  return new AppError('INVALID_INPUT', `${common.errors.invalidInput}${where}`, issues);
}

/**
 * Validate, run, wrap. Never throws: every outcome is an envelope, so nothing but plain data
 * crosses the IPC or HTTP boundary.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  opts: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  try {
    if (!isChannelName(name)) throw new AppError('UNKNOWN_CHANNEL', common.errors.unknownChannel);
    const def = contract[name];
    // The one text rule, once for every channel: no string with a lone surrogate gets in.
    const malformed = findMalformedText(rawInput);
    if (malformed)
      throw new AppError('INVALID_INPUT', common.errors.malformedText, [
        { path: malformed.map(String).join('.'), message: common.errors.malformedText },
      ]);
    // And one form for the same letters: every text the officer types reaches the services in
    // NFC, whichever way the keyboard (Unikey "tổ hợp") or a pasted Word text composed it.
    const parsed = def.input.safeParse(toNfcDeep(rawInput, VERBATIM_INPUT_KEYS));
    if (!parsed.success) throw invalidInputError(parsed.error);
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return ok(def.output.parse(value));
  } catch (e) {
    if (isAppError(e)) return fail(e.toShape());
    // A full or read-only disk, a busy or damaged file: say which, not "lỗi không mong muốn".
    const storage = storageError(e, 'work', common.errors.dbCorrupt);
    if (storage) return fail(storage.toShape());
    opts.onUnexpected?.(String(name), e);
    return fail({ code: 'INTERNAL', message: common.errors.internal });
  }
}
