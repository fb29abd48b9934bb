import type { AreaHandlers } from './area-handlers';
import { addKeyCard, communeReport, consolidated, importBundleFile, importFolder, listTrustedKeys, statusMatrix } from './province';
import { consolidatedFile } from './province-report';

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
} satisfies AreaHandlers<'province'>;
