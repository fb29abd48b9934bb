import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../shared/contract/index';
import { dispatch, type Handlers } from '../shared/contract/dispatch';
import { fail } from '../shared/envelope';
import { common } from '../shared/strings/common';
import { isAppUrl } from './window-options';

/** Only our own top frame may call: not an iframe, not a page that navigated elsewhere. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** One ipcMain.handle per contract channel, generated from the contract table. */
export function registerContractHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail({ code: 'FORBIDDEN', message: common.errors.forbidden });
      return dispatch(handlers, name, input, { onUnexpected: (c, e) => console.error(`[ipc] ${c}:`, e) });
    });
  }
}
