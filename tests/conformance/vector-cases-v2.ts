import { sha, type Knobs } from './vector-builder';
import { baseManifest, baseRows, ID } from './vector-rows';
import { dirtyPadding, type Case, type Row } from './vector-helpers';

/**
 * cchc-bundle/2: /1 plus the `signedDocuments` part (a report's PDF signed with the agency's
 * certificate). The PDF here is a fixed byte string: the format carries bytes and their hash; the
 * province checks the PDF's own signature when it shows it, not the format.
 */
const PDF = Buffer.from('%PDF-1.4\n% a signed report stands here (a conformance vector)\n%%EOF\n', 'latin1');
export const signedDocument = {
  ownerKind: 'report',
  ownerId: ID.report,
  fileName: 'BaoCao_QuyII_2026_daky.pdf',
  sha256: sha(PDF),
  size: PDF.length,
  attachedAt: '2026-07-04T03:00:00.000Z',
  pdf: PDF.toString('base64'),
};

const V2 = 'cchc-bundle/2';
/** A /2 bundle whose signed documents are `docs` (edited copies of the one above). */
const v2 = (docs: Row[] = [{ ...signedDocument }], over: Partial<Knobs> = {}): Partial<Knobs> => ({
  format: V2,
  manifest: { ...baseManifest(), format: V2 },
  rows: { ...baseRows(), signedDocuments: docs },
  ...over,
});

export function v2Cases(): Case[] {
  return [
    { name: 'v2-signed-document', expect: 'ok', why: 'cchc-bundle/2: the six parts and signedDocuments', knobs: v2() },
    { name: 'v2-no-signed-documents', expect: 'ok', why: 'cchc-bundle/2 with an empty signedDocuments part', knobs: v2([]) },
    {
      name: 'v2-part-missing',
      expect: 'UNREADABLE',
      why: 'a cchc-bundle/2 file has exactly seven parts',
      knobs: { format: V2, manifest: { ...baseManifest(), format: V2 } },
    },
    {
      name: 'v1-with-signed-documents',
      expect: 'UNREADABLE',
      why: 'a cchc-bundle/1 file has exactly six parts',
      knobs: { ...v2(), format: 'cchc-bundle/1', manifest: baseManifest() },
    },
    {
      name: 'v2-manifest-says-v1',
      expect: 'MANIFEST_INVALID',
      why: "the signed manifest's format is the file's format",
      knobs: { ...v2(), editManifest: (m) => (m.format = 'cchc-bundle/1') },
    },
    {
      name: 'v2-pdf-hash-differs',
      expect: 'WRONG_SCHEMA',
      why: 'pdf decodes to bytes whose SHA-256 is not sha256',
      knobs: v2([{ ...signedDocument, sha256: sha('another file') }]),
    },
    {
      name: 'v2-pdf-size-differs',
      expect: 'WRONG_SCHEMA',
      why: 'pdf decodes to another number of bytes than size',
      knobs: v2([{ ...signedDocument, size: PDF.length + 1 }]),
    },
    {
      name: 'v2-pdf-not-strict-base64',
      expect: 'WRONG_SCHEMA',
      why: 'pdf is strict base64 (padding bits zero)',
      knobs: v2([{ ...signedDocument, pdf: dirtyPadding(signedDocument.pdf) }]),
    },
    {
      name: 'v2-pdf-unpadded',
      expect: 'WRONG_SCHEMA',
      why: 'pdf is padded base64 (a multiple of 4 characters)',
      knobs: v2([{ ...signedDocument, pdf: signedDocument.pdf.replace(/=+$/, '') }]),
    },
    {
      name: 'v2-file-name-is-a-path',
      expect: 'WRONG_SCHEMA',
      why: 'fileName is a plain file name, never a path',
      knobs: v2([{ ...signedDocument, fileName: '../../cchc.sqlite' }]),
    },
    {
      name: 'v2-owner-kind-unknown',
      expect: 'WRONG_SCHEMA',
      why: 'ownerKind is report or plan',
      knobs: v2([{ ...signedDocument, ownerKind: 'activity' }]),
    },
    {
      name: 'v2-signed-document-twice',
      expect: 'DUPLICATE_ID',
      why: 'one signed document per (ownerKind, ownerId)',
      knobs: v2([{ ...signedDocument }, { ...signedDocument, fileName: 'ban-khac.pdf' }]),
    },
  ];
}
