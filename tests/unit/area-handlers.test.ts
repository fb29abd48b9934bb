import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CONTRACT_AREAS, contract } from '../../shared/contract/index';
import { AREA_HANDLERS } from '../../db/services/handlers';
import { mergeAreaHandlers } from '../../db/services/area-handlers';

const noop = () => ({ done: true });

describe('channels by area', () => {
  it('each contract file holds exactly the channels of its prefix, and together they are the contract', () => {
    const seen: string[] = [];
    for (const [area, channels] of Object.entries(CONTRACT_AREAS)) {
      for (const name of Object.keys(channels)) expect(name.split('.')[0], `${name} sits in contract/${area}.ts`).toBe(area);
      seen.push(...Object.keys(channels));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(contract).length).toBe(seen.length);
  });

  it('each area handler map serves one prefix, and the merged table every channel once', () => {
    const names: string[] = [];
    for (const map of AREA_HANDLERS) {
      const prefixes = new Set(Object.keys(map).map((n) => n.split('.')[0]));
      expect(prefixes.size, Object.keys(map).join(', ')).toBe(1);
      names.push(...Object.keys(map));
    }
    expect([...names].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(mergeAreaHandlers(AREA_HANDLERS)).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('a channel registered by two areas stops the start', () => {
    expect(() => mergeAreaHandlers([...AREA_HANDLERS, { 'activities.create': noop }])).toThrow(
      "Channel 'activities.create' has two handlers",
    );
  });

  it('a channel without a handler, or a handler without a channel, stops the start', () => {
    expect(() => mergeAreaHandlers(AREA_HANDLERS.slice(1))).toThrow(/Channels without a handler: app\.info/);
    expect(() => mergeAreaHandlers([...AREA_HANDLERS, { 'activities.nope': noop }])).toThrow(/not in the contract: activities\.nope/);
  });
});
