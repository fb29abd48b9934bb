import type { AreaHandlers } from './area-handlers';
import { addKeyCard, listTrustedKeys } from './province-keys';
import { communeReport, consolidated, statusMatrix } from './province';
import { importBundleFile, importFolder } from './province-import';
import { consolidatedFile } from './province-report';
import { communeReportDocument, consolidatedDocData } from './province-docs';
import { provinceSignedDocument, provinceSignedFile } from './province-signed';

// Wrapped where the service takes more than (ctx, input): a test clock or worker file must
// never be filled from the channel's arguments.
export const provinceHandlers = {
  'province.keys': listTrustedKeys,
  'province.addKey': addKeyCard,
  'province.import': (ctx, input) => importFolder(ctx, input),
  'province.importFile': (ctx, input) => importBundleFile(ctx, input),
  'province.status': (ctx, input) => statusMatrix(ctx, input),
  'province.report': consolidated,
  'province.reportFile': consolidatedFile,
  'province.communeReport': communeReport,
  'province.communeReportDoc': (ctx, { communeCode, period, version }) => communeReportDocument(ctx, communeCode, period, version),
  'province.consolidatedDoc': (ctx, { period }) => consolidatedDocData(ctx, period),
  'province.signed.get': provinceSignedDocument,
  'province.signed.open': provinceSignedFile,
} satisfies AreaHandlers<'province'>;
