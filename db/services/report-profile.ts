import crypto from 'node:crypto';
import type { ServiceContext } from './context';
import { getSetting, putSetting } from '../repositories/settings';
import { DEFAULT_PROFILE, ReportProfile } from '../../shared/domain/report-profile';
import { PROVINCE_CONFIG_FORMAT, ProvinceConfigFile, type ProvinceConfig } from '../../shared/domain/province-config';
import { ReportRules } from '../../shared/domain/period';
import { canonicalJson } from './canonical-json';
import { getReportRules, putReportRules } from './report-rules';
import { fingerprintOf, keyIdOf, publicKeyFromRaw } from './bundle-format';
import { loadSigningKey } from './keys';
import { getCommuneSettings } from './settings';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import { AppError } from '../../shared/errors';
import { reportProfileText } from '../../shared/strings/report-profile';
import { fileNamePart } from '../../shared/print/nd30';
import { nowIso } from '../../shared/ids';
import { vietnamDate } from '../../shared/domain/period';

const KEY = 'reportProfile';
/** The fingerprint of the province key the first signed file came with (trust on first use). */
const PIN_KEY = 'provinceConfigKey';
const MAX_BYTES = 1_000_000;
const t = reportProfileText;

/** The province's report kinds and đề cương on this installation (default: every kind, the app's đề cương). */
export async function getReportProfile(ctx: ServiceContext): Promise<ReportProfile> {
  const raw = await getSetting(ctx.db, KEY);
  if (raw === undefined) return DEFAULT_PROFILE;
  const parsed = ReportProfile.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PROFILE;
}

/** Chosen in Cài đặt: the source becomes "this installation". */
export async function saveReportProfile(ctx: ServiceContext, profile: ReportProfile): Promise<ReportProfile> {
  const value = ReportProfile.parse(profile);
  if (value.kinds.length === 0) throw new AppError('INVALID_INPUT', t.needOneKind);
  await putSetting(ctx.db, KEY, value);
  return value;
}

/** Parse and verify a province configuration file; throws a Vietnamese AppError and changes nothing when it is not right. */
export function readProvinceConfig(bytes: Uint8Array): { config: ProvinceConfig; fingerprint: string | null } {
  if (bytes.byteLength > MAX_BYTES) throw new AppError('INVALID_INPUT', t.errors.tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(
      Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch {
    throw new AppError('INVALID_INPUT', t.errors.notJson);
  }
  const parsed = ProvinceConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', t.errors.invalid((issue?.path ?? []).join('.') || 'format'));
  }
  const { config, signature } = parsed.data;
  if (!signature) return { config, fingerprint: null };
  const raw = Buffer.from(signature.publicKey, 'base64');
  let ok: boolean;
  try {
    ok =
      raw.length === 32 &&
      crypto.verify(null, Buffer.from(canonicalJson(config), 'utf8'), publicKeyFromRaw(raw), Buffer.from(signature.value, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('INVALID_INPUT', t.errors.badSignature);
  return { config, fingerprint: fingerprintOf(keyIdOf(raw)) };
}

/** Apply the province's file: rules, kinds and đề cương together, in one transaction. */
export async function importProvinceConfig(ctx: ServiceContext, bytes: Uint8Array): Promise<ReportProfile> {
  const { config, fingerprint } = readProvinceConfig(bytes);
  const pinned = (await getSetting(ctx.db, PIN_KEY)) as string | undefined;
  if (typeof pinned === 'string' && pinned !== fingerprint) throw new AppError('CONFLICT', t.errors.keyChanged(pinned, fingerprint));
  const profile = ReportProfile.parse({
    kinds: [...new Set(config.kinds)],
    outline: config.outline,
    source: { province: config.province, issuedOn: config.issuedOn, keyFingerprint: fingerprint },
  });
  const rules = ReportRules.parse(config.rules);
  await ctx.db.transaction().execute(async (trx) => {
    await putReportRules(trx, rules);
    await putSetting(trx, KEY, profile);
    if (fingerprint && pinned === undefined) await putSetting(trx, PIN_KEY, fingerprint);
  });
  return profile;
}

/** The province side: this installation's rules, kinds and đề cương as a file for the communes, signed with its key. */
export async function exportProvinceConfig(ctx: ServiceContext): Promise<ExportedFile> {
  const [rules, profile, who] = await Promise.all([getReportRules(ctx), getReportProfile(ctx), getCommuneSettings(ctx)]);
  const today = vietnamDate(nowIso());
  const config: ProvinceConfig = {
    format: PROVINCE_CONFIG_FORMAT,
    province: who?.province || '—',
    issuedOn: today,
    kinds: profile.kinds,
    rules,
    outline: profile.outline,
  };
  const pair = await loadSigningKey(ctx);
  const value = crypto.sign(null, Buffer.from(canonicalJson(config), 'utf8'), pair.privateKey).toString('base64');
  const file: ProvinceConfigFile = {
    config,
    signature: { alg: 'Ed25519', publicKey: Buffer.from(pair.publicKey).toString('base64'), value },
  };
  return {
    fileName: t.fileName(fileNamePart(config.province), today.replace(/-/g, '')),
    mime: MIME.json,
    base64: Buffer.from(JSON.stringify(file, null, 2)).toString('base64'),
  };
}
