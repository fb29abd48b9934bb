import type { AreaHandlers } from './area-handlers';
import { listFolders } from './folders';

export const folderHandlers = {
  'folders.list': listFolders,
} satisfies AreaHandlers<'folders'>;
