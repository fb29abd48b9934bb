import type { AreaHandlers } from './area-handlers';
import { getAppInfo, takeOpenedFile } from './app';

export const appHandlers = {
  'app.info': getAppInfo,
  'app.openedFile': takeOpenedFile,
} satisfies AreaHandlers<'app'>;
