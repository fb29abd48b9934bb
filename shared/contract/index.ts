import type { z } from 'zod';
import { appChannels } from './app';
import { settingsChannels } from './settings';
import { unitChannels } from './units';
import { planChannels } from './plans';
import { activityChannels } from './activities';
import { evidenceChannels } from './evidence';
import { backupChannels } from './backup';
import { bundleChannels } from './bundles';
import { provinceChannels } from './province';
import { reportChannels } from './reports';
import { folderChannels } from './folders';

/**
 * The channels of each area, one file per name prefix: `activities.*` lives in
 * contract/activities.ts and nowhere else (a test holds every file to its prefix).
 */
export const CONTRACT_AREAS = {
  app: appChannels,
  settings: settingsChannels,
  units: unitChannels,
  plans: planChannels,
  activities: activityChannels,
  evidence: evidenceChannels,
  backup: backupChannels,
  bundles: bundleChannels,
  province: provinceChannels,
  reports: reportChannels,
  folders: folderChannels,
};

/**
 * The one IPC contract: every channel the renderer may call, with its input and output
 * schemas. Electron main, the preview server and the CLI all dispatch through this table.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...unitChannels,
  ...planChannels,
  ...activityChannels,
  ...evidenceChannels,
  ...backupChannels,
  ...bundleChannels,
  ...provinceChannels,
  ...reportChannels,
  ...folderChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The area a channel belongs to: the part of its name before the first dot. */
export type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;
export type Area = AreaOf<ChannelName>;
/** The channels of one area, e.g. `ChannelsOf<'evidence'>` = 'evidence.add' | 'evidence.list' | … */
export type ChannelsOf<A extends Area> = Extract<ChannelName, `${A}.${string}`>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
