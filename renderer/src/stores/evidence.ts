import { invoke } from '../bridge';

/** The evidence panel's calls: the files of one activity, opened, shown in their folder, detached. */
export const evidenceActions = {
  thumbnail: (sha256: string) => invoke('evidence.thumbnail', { sha256 }),
  list: (activityId: string) => invoke('evidence.list', { activityId }),
  open: (sha256: string) => invoke('evidence.open', { sha256 }),
  reveal: (sha256: string) => invoke('evidence.reveal', { sha256 }),
  remove: (activityId: string, sha256: string) => invoke('evidence.remove', { activityId, sha256 }),
};
