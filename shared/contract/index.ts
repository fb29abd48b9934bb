import type { z } from 'zod';
import { appChannels } from './app';
import { planChannels } from './plans';
import { activityChannels } from './activities';
import { backupChannels } from './backup';
import { bundleChannels } from './bundles';
import { reportChannels } from './reports';
import { planImportChannels } from './plan-import';
import { playLogChannels } from './play-log';

/**
 * The one IPC contract: every channel the renderer may call, with its input and output
 * schemas. Electron main, the preview server and the CLI all dispatch through this table.
 */
export const contract = {
  ...appChannels,
  ...planChannels,
  ...activityChannels,
  ...backupChannels,
  ...bundleChannels,
  ...reportChannels,
  ...planImportChannels,
  ...playLogChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
