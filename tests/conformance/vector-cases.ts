import { valid } from './vector-cases-valid';
import { envelopeFaults } from './vector-cases-envelope';
import { manifestFaults, signatureFaults } from './vector-cases-signed';
import { partFaults } from './vector-cases-parts';
import { rowFaults } from './vector-cases-rows';
import { v2Cases } from './vector-cases-v2';
import type { Case } from './vector-helpers';

export type { Case } from './vector-helpers';

/** Every single-file vector, in the order the folder lists them. */
export function singleCases(): Case[] {
  return [...valid(), ...envelopeFaults(), ...manifestFaults(), ...signatureFaults(), ...partFaults(), ...rowFaults(), ...v2Cases()];
}
