import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/contract/index';
import type { CchcBridge } from '../shared/bridge';

const allowed = new Set<string>(CHANNEL_NAMES);

// One method, checked against the contract's channel names: ipcRenderer itself never leaks.
const bridge = {
  invoke: (channel: string, input: unknown) => {
    if (!allowed.has(channel))
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' } });
    return ipcRenderer.invoke(channel, input);
  },
} satisfies CchcBridge;

contextBridge.exposeInMainWorld('cchc', bridge);
