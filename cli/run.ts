import path from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from '../db/host';
import { makeDataDirPrivate } from '../db/private-data';
import { keyCustodyText as custody } from '../shared/strings/key-custody';
import { writeFileAtomic } from '../db/files';
import { addKeyCard, listTrustedKeys } from '../db/services/province-keys';
import { consolidated, statusMatrix } from '../db/services/province';
import { figureNoteText, figureSourceText } from '../shared/domain/commune-figure';
import { provinceFiguresText as PF } from '../shared/strings/province-figures';
import { importFolder, verifyBundleFile } from '../db/services/province-import';
import { consolidatedXlsx } from '../db/services/province-report';
import { consolidatedDocx } from '../db/exports/consolidated-docx';
import { consolidatedDocData } from '../db/services/province-docs';
import { fingerprintOf } from '../db/services/bundle-format';
import { bundlesText } from '../shared/strings/bundles';
import { AppError, isAppError } from '../shared/errors';
import { COMMUNICATION_FORMS } from '../shared/domain/common';
import { ACTIVITY_KINDS } from '../shared/domain/kinds/index';
import { printable as p } from './printable';
import type { ProgressLine } from '../shared/progress-line';
import { jobsText } from '../shared/strings/jobs';
import { parseViNumber } from '../shared/vi-number';
import { jobPercent } from '../shared/domain/jobs';
import { isDemoData } from '../db/services/demo-flag';
import { formatDateTime, yearInVietnam } from '../shared/format';

/**
 * `cchc`: the province's command-line tool (entry: cli/cchc.ts). Same services as the app's province mode.
 * Exit codes: 0 success; 1 a bundle was refused or a command failed; 2 wrong usage.
 */
const t = bundlesText;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ')).join('\n');
}

/**
 * Runs one command; `write` receives each output line, `progress` (a terminal only) the line
 * that follows a long import. Returns the exit code.
 */
export async function runCli(
  argv: string[],
  write: (line: string) => void,
  appVersion = 'dev',
  progress: ProgressLine | null = null,
): Promise<number> {
  const out = write;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      year: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      /** keys add: accept a second key without the old key's signature (confirmed by phone). */
      'thay-khoa': { type: 'boolean', default: false },
    },
  });
  const [cmd, sub, arg] = positionals;
  if (values.help || !cmd) {
    out(t.cli.usage);
    return values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values['data-dir'] ?? process.env.CCHC_PROVINCE_DIR ?? path.join(process.cwd(), '.cchc-data', 'province'));
  makeDataDirPrivate(dataDir);
  const host = await openApp({ dataDir, runtime: 'cli', appVersion });
  const ctx = host.ctx;
  try {
    switch (cmd) {
      case 'keys': {
        if (sub === 'add') {
          if (!arg) throw new AppError('INVALID_INPUT', t.cli.needArg('đường dẫn thẻ khoá'));
          const k = await addKeyCard(ctx, { path: path.resolve(arg), thayKhoa: values['thay-khoa'] });
          if (k.warning) out(p(k.warning));
          out(
            k.warning
              ? custody.provinceConfirmed(p(k.communeName), p(k.communeCode), fingerprintOf(k.keyId))
              : t.cli.keyAdded(p(k.communeName), p(k.communeCode), fingerprintOf(k.keyId)),
          );
          return 0;
        }
        const keys = await listTrustedKeys(ctx);
        out(
          keys.length
            ? table([
                ['Mã', t.communeCol, 'Dấu vân tay', 'Thêm lúc'],
                ...keys.map((k) => [p(k.communeCode), p(k.communeName), fingerprintOf(k.keyId), formatDateTime(k.addedAt)]),
              ])
            : t.keysEmpty,
        );
        return 0;
      }
      case 'verify': {
        if (!sub) throw new AppError('INVALID_INPUT', t.cli.needArg('đường dẫn tệp .cchc'));
        const r = await verifyBundleFile(ctx, path.resolve(sub));
        if (!r.ok) {
          out(t.cli.refused(p(r.message)));
          return 1;
        }
        out(t.cli.verified(p(r.manifest.communeName), p(r.manifest.communeCode), r.manifest.seq, r.payload.activities.length));
        return 0;
      }
      case 'import': {
        if (!sub) throw new AppError('INVALID_INPUT', t.cli.needArg('thư mục chứa tệp .cchc'));
        const s = await importFolder(
          ctx,
          { folder: path.resolve(sub) },
          {
            control: {
              progress: (done, total, current) =>
                progress?.update(jobsText.cliLine(done, total, jobPercent({ done, total, state: 'running' }), p(current))),
            },
          },
        );
        progress?.clear();
        for (const l of s.lines)
          out(
            // The words of the summary line below (nhập, trùng, từ chối), one column wide.
            `${(l.status === 'imported' ? 'NHẬP' : l.status === 'duplicate' ? 'TRÙNG' : 'TỪ CHỐI').padEnd(7)}  ${p(l.file)}: ${p(l.message)}${l.gap ? ` ${p(l.gap)}` : ''}`,
          );
        out(p(s.text));
        return s.refused ? 1 : 0;
      }
      case 'status': {
        // --year read like every typed number (shared/vi-number.ts): "abc" or "20.26" is refused, never NaN.
        const read =
          values.year === undefined
            ? null
            : parseViNumber(values.year, { label: t.year, required: true, min: 2000, max: 2100, example: '2026' });
        if (read && !read.ok) {
          out(read.message);
          return 2;
        }
        const year = read?.value ?? yearInVietnam();
        const m = await statusMatrix(ctx, { year });
        if (!m.rows.length) {
          out(t.noCommunes);
          return 0;
        }
        out(t.matrixTitle(year));
        out(
          table([
            [t.communeCol, ...m.periods.map((x) => x.label)],
            ...m.rows.map((r) => [`${p(r.communeName)} (${p(r.communeCode)})`, ...r.cells.map((c) => t.status[c.status].toLowerCase())]),
          ]),
        );
        return 0;
      }
      case 'report': {
        if (!values.period) throw new AppError('INVALID_INPUT', t.cli.needArg('--period (ví dụ 2026-q1 hoặc 2026-Q1)'));
        const c = await consolidated(ctx, { period: values.period });
        out(
          table([
            [t.communeCol, ...COMMUNICATION_FORMS.map((f) => ACTIVITY_KINDS[f].columnLabel), t.activitiesCol, PF.sourceCol],
            ...[...c.rows, c.sum].map((r) => [
              p(r.communeName),
              ...COMMUNICATION_FORMS.map((f) => String(r.counts[f]?.n ?? 0)),
              String(r.total),
              r.communeCode ? figureSourceText(r) : '',
            ]),
          ]),
        );
        // The difference between what a commune signed and what it sent afterwards, per commune.
        for (const r of c.rows) if (r.recount) out(`${p(r.communeName)}: ${figureNoteText(r)}`);
        out(PF.legend);
        if (values.out) {
          const file = path.resolve(values.out);
          const ext = path.extname(file).toLowerCase();
          if (ext !== '.xlsx' && ext !== '.docx') throw new AppError('INVALID_INPUT', t.cli.badOutExt);
          writeFileAtomic(
            file,
            ext === '.xlsx'
              ? await consolidatedXlsx(c, { demo: await isDemoData(ctx) })
              : await consolidatedDocx(await consolidatedDocData(ctx, c.period.key), { demo: await isDemoData(ctx) }),
          );
          out(t.cli.written(p(file)));
        }
        return 0;
      }
      default:
        out(t.cli.usage);
        return 2;
    }
  } catch (e) {
    if (!isAppError(e)) throw e;
    out(p(e.message));
    return 1;
  } finally {
    await host.close();
  }
}
