import type { Report } from './report';
import { reportsText } from '../strings/reports';
import { fileNamePart } from '../print/nd30';

/** BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang(_v2).docx */
export function reportFileName(
  r: Pick<Report, 'kind' | 'year' | 'version' | 'from' | 'to'>,
  communeName: string,
  ext: 'pdf' | 'docx' | 'xlsx',
): string {
  const commune = fileNamePart(communeName);
  const period =
    r.kind === 'adhoc'
      ? `DotXuat_${r.from.replace(/-/g, '')}-${r.to.replace(/-/g, '')}`
      : `${reportsText.kindFileLabels[r.kind]}_${r.year}`;
  const version = r.version > 1 ? `_v${r.version}` : '';
  return `BaoCao_TuyenTruyenCCHC_${period}_${commune}${version}.${ext}`;
}
