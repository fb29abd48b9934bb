import type { AreaHandlers } from './area-handlers';
import { backupToFolder, inspectBackupSource, listLocalBackups, restoreBackup } from './backup';

export const backupHandlers = {
  'backup.list': listLocalBackups,
  'backup.toFolder': backupToFolder,
  'backup.inspect': inspectBackupSource,
  'backup.restore': restoreBackup,
} satisfies AreaHandlers<'backup'>;
