import { z } from 'zod';
import { RequiredText, Text } from './common';
import { settingsText } from '../strings/settings';

/**
 * Who this installation is: printed on every document and stamped in every bundle. Names are
 * stored composed (NFC): a Vietnamese keyboard set to "Unicode tổ hợp" types decomposed accents,
 * which would otherwise print and compare differently (shared/place-name.ts reads both).
 */
export const CommuneSettings = z
  .object({
    communeName: RequiredText(120).normalize('NFC'),
    communeCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { message: settingsText.codeInvalid }),
    province: RequiredText(120).normalize('NFC'),
    officerName: RequiredText(120).normalize('NFC'),
    officerTitle: Text(120).normalize('NFC').default(''),
  })
  .strict();
export type CommuneSettings = z.infer<typeof CommuneSettings>;
export type CommuneSettingsInput = z.input<typeof CommuneSettings>;
