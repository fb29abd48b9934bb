import { z } from 'zod';
import { Activity } from './activity';
import { AnnexSection, Plan, PlanTask } from './plan';
import { Id, IsoDate, IsoDateTime } from './common';
import { LOST_KEY_NOTE } from '../strings/key-custody';

/**
 * The signed bundle a commune sends to the province (docs/bundle-format.md). These schemas
 * are the single source of truth: the exporter builds with them, the importer parses with them
 * strictly, and docs/bundle-payload.schema.json is generated from them.
 */
export const BUNDLE_FORMAT = 'cchc-bundle/1';
/**
 * /1 plus one part, `signedDocuments` (the PDFs signed with the agency's certificate). A bundle
 * is written as /2 only when it carries such a file, so a province on an older app still reads
 * every other bundle; the importer reads both.
 */
export const BUNDLE_FORMAT_V2 = 'cchc-bundle/2';
export const BUNDLE_FORMATS = [BUNDLE_FORMAT, BUNDLE_FORMAT_V2] as const;
export type BundleFormat = (typeof BUNDLE_FORMATS)[number];
export const KEYCARD_FORMAT = 'cchc-keycard/1';
export const ROTATION_FORMAT = 'cchc-key-rotation/1';
export const BUNDLE_EXTENSION = '.cchc';
export const KEYCARD_EXTENSION = '.cchc-key.json';

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
/** RFC 4648 §4 with padding (no base64url, nothing after `=`). */
const Base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
export const CommuneCode = z.string().regex(/^\d{5}$/);
/** `2026-q1`, `2026-h1`, `2026-year`, `2026-adhoc-2026-05-01-2026-05-31` (the reports area's keys). */
export const PeriodKeyText = z.string().regex(/^\d{4}-[0-9a-z-]{1,40}$/);

/** A report as submitted: the frozen snapshot travels as-is, with its hash. */
export const ReportSnapshot = z
  .object({
    id: Id,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    deletedAt: IsoDateTime.nullable(),
    year: z.number().int().min(2000).max(2100),
    kind: z.string().max(40),
    periodKey: z.string().min(1).max(40),
    version: z.number().int().min(1),
    status: z.string().max(40),
    fromDate: IsoDate,
    toDate: IsoDate,
    narrative: z.string().max(200_000),
    snapshot: z.json().nullable(),
    snapshotHash: z.string().max(128).nullable(),
    submittedAt: IsoDateTime.nullable(),
  })
  .strict();
export type ReportSnapshot = z.infer<typeof ReportSnapshot>;

/** Evidence travels as hashes (the files themselves stay at the commune). */
export const EvidenceHash = z
  .object({
    activityId: Id,
    sha256: Hex64,
    name: z.string().min(1).max(260),
    size: z.number().int().min(0),
    mime: z.string().max(200),
  })
  .strict();
export type EvidenceHash = z.infer<typeof EvidenceHash>;

/** 20 MiB: a signed report PDF is well under 1 MiB; the bundle's 64 MiB must hold one with its base64 twice. */
export const SIGNED_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * /2 only: a PDF signed elsewhere, the whole file. Who signed it is not carried: the province
 * reads that from the file's own signature, never from the commune's word.
 */
export const SignedDocumentRow = z
  .object({
    ownerKind: z.enum(['report', 'plan']),
    ownerId: Id,
    /** A plain file name, for people: never a path (no / or \\, no control character, not . or ..). */
    fileName: z
      .string()
      .min(1)
      .max(200)
      // eslint-disable-next-line no-control-regex -- control characters are what it refuses
      .regex(/^(?!\.\.?$)[^/\\\u0000-\u001f]+$/),
    /** SHA-256 (hex) and length of the PDF bytes `pdf` decodes to. */
    sha256: Hex64,
    size: z.number().int().min(1).max(SIGNED_DOCUMENT_MAX_BYTES),
    attachedAt: IsoDateTime,
    /**
     * The PDF, base64. The pattern is only the alphabet: a pattern with a repeated group cannot
     * run over 27 million characters in ECMAScript (stack). Strictness (RFC 4648 §4, as §1) and
     * the size and hash are the rule of docs §10 checked beside the schema.
     */
    pdf: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .max(Math.ceil(SIGNED_DOCUMENT_MAX_BYTES / 3) * 4),
  })
  .strict();
export type SignedDocumentRow = z.infer<typeof SignedDocumentRow>;

/** Strict copies of the row schemas: a bundle may not smuggle extra keys. */
export const BundlePayload = z
  .object({
    plans: z.array(Plan.strict()),
    sections: z.array(AnnexSection.strict()),
    tasks: z.array(PlanTask.strict()),
    activities: z.array(Activity.strict()),
    reports: z.array(ReportSnapshot),
    evidence: z.array(EvidenceHash),
    /** Only in `cchc-bundle/2`. */
    signedDocuments: z.array(SignedDocumentRow).optional(),
  })
  .strict();
export type BundlePayload = z.infer<typeof BundlePayload>;
export const PART_NAMES = ['plans', 'sections', 'tasks', 'activities', 'reports', 'evidence'] as const;
export const PART_NAMES_V2 = [...PART_NAMES, 'signedDocuments'] as const;
export type PartName = (typeof PART_NAMES_V2)[number];
export const partNamesOf = (format: BundleFormat): readonly PartName[] => (format === BUNDLE_FORMAT_V2 ? PART_NAMES_V2 : PART_NAMES);

export const PartDigest = z
  .object({
    /** SHA-256 of the part's canonical JSON (RFC 8785), before gzip. */
    sha256: Hex64,
    size: z.number().int().min(0),
    /** SHA-256 of the gzip'd bytes carried in the file. */
    gzipSha256: Hex64,
    gzipSize: z.number().int().min(0),
    count: z.number().int().min(0),
  })
  .strict();

export const BundleScope = z.enum(['report', 'changes']);
export type BundleScope = z.infer<typeof BundleScope>;

const manifestFields = {
  bundleId: Id,
  communeCode: CommuneCode,
  communeName: z.string().min(1).max(200),
  province: z.string().max(200),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  prevHash: Hex64.nullable(),
  createdAt: IsoDateTime,
  scope: BundleScope,
  periods: z.array(PeriodKeyText).max(64),
  keyId: Hex64,
  appVersion: z.string().max(40),
};
const digests = <N extends PartName>(names: readonly N[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, PartDigest])) as Record<N, typeof PartDigest>).strict();
const texts = <N extends PartName>(names: readonly N[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, z.string()])) as Record<N, z.ZodString>).strict();

export const Manifest = z.discriminatedUnion('format', [
  z.object({ format: z.literal(BUNDLE_FORMAT), ...manifestFields, parts: digests(PART_NAMES) }).strict(),
  z.object({ format: z.literal(BUNDLE_FORMAT_V2), ...manifestFields, parts: digests(PART_NAMES_V2) }).strict(),
]);
export type Manifest = z.infer<typeof Manifest>;
/** A part's digest whatever the format (a /1 manifest has no `signedDocuments`). */
export const partDigest = (m: Manifest, name: PartName): z.infer<typeof PartDigest> | undefined =>
  (m.parts as Partial<Record<PartName, z.infer<typeof PartDigest>>>)[name];

/** The file: the manifest, the signature over its canonical JSON, and the gzip'd parts. */
const envelopeFields = {
  manifest: z.unknown(),
  // Plain strings here: a damaged character must reach the hash checks, which say precisely what changed.
  signature: z.string().max(200),
  /** Unsigned hints so a damaged file gets a precise reason; trust rests on `signature` only. */
  check: z.object({ manifestSha256: Hex64, signatureSha256: Hex64 }).strict().optional(),
};
export const Envelope = z.discriminatedUnion('format', [
  z.object({ format: z.literal(BUNDLE_FORMAT), ...envelopeFields, parts: texts(PART_NAMES) }).strict(),
  z.object({ format: z.literal(BUNDLE_FORMAT_V2), ...envelopeFields, parts: texts(PART_NAMES_V2) }).strict(),
]);
export type Envelope = z.infer<typeof Envelope>;

/** Signed by the old key when a commune replaces its key pair. */
export const RotationStatement = z
  .object({
    format: z.literal(ROTATION_FORMAT),
    communeCode: CommuneCode,
    previousKeyId: Hex64,
    newKeyId: Hex64,
    newPublicKey: Base64,
    createdAt: IsoDateTime,
  })
  .strict();
export type RotationStatement = z.infer<typeof RotationStatement>;

/** "Thẻ khoá": what the province registers to trust a commune. */
export const KeyCard = z
  .object({
    format: z.literal(KEYCARD_FORMAT),
    communeCode: CommuneCode,
    communeName: z.string().min(1).max(200),
    province: z.string().max(200),
    publicKey: Base64,
    keyId: Hex64,
    createdAt: IsoDateTime,
    rotation: z.object({ statement: RotationStatement, signature: Base64 }).strict().nullable(),
    /** A new key made because the old one was lost: no proof from the old key, the province must confirm by phone. */
    lostKeyReplacement: z
      .object({ note: z.literal(LOST_KEY_NOTE), previousKeyIds: z.array(Hex64).max(50) })
      .strict()
      .optional(),
  })
  .strict();
export type KeyCard = z.infer<typeof KeyCard>;

export const TrustedKey = z.object({
  keyId: Hex64,
  communeCode: CommuneCode,
  communeName: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
  addedAt: z.string(),
  rotatedFrom: z.string().nullable(),
});
export type TrustedKey = z.infer<typeof TrustedKey>;

/** Why a bundle was refused: stable codes, one Vietnamese message each (shared/strings/bundles). */
export const BUNDLE_REFUSALS = [
  'TOO_LARGE',
  'UNREADABLE',
  'NOT_A_BUNDLE',
  'MANIFEST_INVALID',
  'UNTRUSTED_COMMUNE',
  'WRONG_KEY',
  'MANIFEST_ALTERED',
  'SIGNATURE_ALTERED',
  'BAD_SIGNATURE',
  'PART_ALTERED',
  'GZIP_BOMB',
  'PART_CORRUPT',
  'WRONG_SCHEMA',
  'DUPLICATE_ID',
  'REPLAYED',
  'SEQ_CONFLICT',
  'DB_WRITE_FAILED',
] as const;
export type BundleRefusal = (typeof BUNDLE_REFUSALS)[number];

export const ImportLine = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'refused']),
  code: z.string().nullable(),
  message: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  seq: z.number().int().nullable(),
  activities: z.number().int(),
  gap: z.string().nullable(),
});
export type ImportLine = z.infer<typeof ImportLine>;

export const ImportSummary = z.object({
  folder: z.string(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  lines: z.array(ImportLine),
  text: z.string(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const KeyInfo = z.object({
  keyId: Hex64,
  fingerprint: z.string(),
  createdAt: z.string(),
  protection: z.enum(['safeStorage', 'passphrase']),
  previousKeyIds: z.array(z.string()),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

export const OutboxEntry = z.object({
  id: z.string(),
  seq: z.number().int(),
  hash: z.string(),
  fileName: z.string(),
  folder: z.string(),
  size: z.number().int(),
  scope: BundleScope,
  periods: z.array(z.string()),
  activities: z.number().int(),
  createdAt: z.string(),
  fingerprint: z.string(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const MatrixCell = z.object({
  periodKey: z.string(),
  status: z.enum(['onTime', 'late', 'missing', 'notDue']),
  submittedAt: z.string().nullable(),
  version: z.number().int().nullable(),
});
export const StatusMatrix = z.object({
  year: z.number().int(),
  periods: z.array(z.object({ key: z.string(), label: z.string(), deadline: z.string() })),
  rows: z.array(
    z.object({
      communeCode: z.string(),
      communeName: z.string(),
      lastSeq: z.number().int().nullable(),
      lastBundleAt: z.string().nullable(),
      cells: z.array(MatrixCell),
    }),
  ),
});
export type StatusMatrix = z.infer<typeof StatusMatrix>;

/**
 * Where a commune's figures in the Báo cáo tổng hợp come from (decided once, in
 * shared/domain/commune-figure.ts): its latest submitted report's frozen figures; or, for a
 * commune that did not submit (or whose report cannot be read), the recount of its imported log.
 */
export const FIGURE_BASES = ['report', 'notReported', 'reportUnreadable'] as const;
export const FigureBasis = z.enum(FIGURE_BASES);
export type FigureBasis = z.infer<typeof FigureBasis>;
const FormCounts = z.record(z.string(), z.object({ n: z.number().int() }));
export const CountRow = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  /** A submitted report for the period arrived (readable or not). */
  reported: z.boolean(),
  basis: FigureBasis,
  /** The report version the figures are taken from (basis 'report'). */
  reportVersion: z.number().int().nullable(),
  /** Per activity kind: number of activities, from the basis above. */
  counts: FormCounts,
  total: z.number().int(),
  /**
   * The recount of the imported log over the report's own window, when it differs from the
   * submitted figures (activities sent after the report): shown next to them, never summed.
   */
  recount: z.object({ counts: FormCounts, total: z.number().int() }).nullable(),
});
export type CountRow = z.infer<typeof CountRow>;
export const Consolidated = z.object({
  period: z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string(), deadline: z.string() }),
  rows: z.array(CountRow),
  sum: CountRow,
});
export type Consolidated = z.infer<typeof Consolidated>;
