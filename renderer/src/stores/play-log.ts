import { invoke } from '../bridge';
import type { PlayLogPreview } from '../../../shared/contract/play-log';

/** The station play-log import: preview (counts, skipped rows) and apply, through the bridge. */
export const playLogStore = {
  preview: (input: { fileName: string; base64: string }): Promise<PlayLogPreview> => invoke('activities.playLogPreview', input),
  apply: (input: { fileName: string; base64: string }) => invoke('activities.playLogApply', input),
};
