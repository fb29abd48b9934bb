import type { AreaHandlers } from './area-handlers';
import { getAppInfo, takeOpenedFile } from './app';
import { clearDemo, loadDemo } from './demo-data';

export const appHandlers = {
  'app.info': getAppInfo,
  'app.openedFile': takeOpenedFile,
  'app.loadDemo': loadDemo,
  'app.clearDemo': clearDemo,
} satisfies AreaHandlers<'app'>;
