import path from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from '../db/host';
import { writeFileAtomic } from '../db/files';
import { addKeyCard, consolidated, importFolder, listTrustedKeys, statusMatrix, verifyBundleFile } from '../db/services/province';
import { consolidatedDocx, consolidatedXlsx } from '../db/services/province-report';
import { fingerprintOf } from '../db/services/bundle-format';
import { isAppError } from '../shared/errors';
import { bundlesText } from '../shared/strings/bundles';
import { common } from '../shared/strings/common';
import { COMMUNICATION_FORMS } from '../shared/domain/common';

declare const __APP_VERSION__: string;

/**
 * `cchc`: the province's command-line tool. Same services as the app's province mode.
 * Exit codes: 0 success; 1 a bundle was refused or a command failed; 2 wrong usage.
 */
const t = bundlesText;
const out = (s: string) => process.stdout.write(`${s}\n`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ')).join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      year: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, sub, arg] = positionals;
  if (values.help || !cmd) {
    out(t.cli.usage);
    return values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values['data-dir'] ?? process.env.CCHC_PROVINCE_DIR ?? path.join(process.cwd(), '.cchc-data', 'province'));
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev' });
  const ctx = host.ctx;
  try {
    switch (cmd) {
      case 'keys': {
        if (sub === 'add') {
          if (!arg) throw new Error(t.cli.needArg('đường dẫn thẻ khoá'));
          const k = await addKeyCard(ctx, path.resolve(arg));
          out(t.cli.keyAdded(k.communeName, k.communeCode, fingerprintOf(k.keyId)));
          return 0;
        }
        const keys = await listTrustedKeys(ctx);
        out(keys.length ? table([['Mã', t.communeCol, 'Dấu vân tay', 'Thêm lúc'], ...keys.map((k) => [k.communeCode, k.communeName, fingerprintOf(k.keyId), k.addedAt])]) : t.keysEmpty);
        return 0;
      }
      case 'verify': {
        if (!sub) throw new Error(t.cli.needArg('đường dẫn tệp .cchc'));
        const r = await verifyBundleFile(ctx, path.resolve(sub));
        if (!r.ok) {
          out(t.cli.refused(r.message));
          return 1;
        }
        out(t.cli.verified(r.manifest.communeName, r.manifest.communeCode, r.manifest.seq, r.payload.activities.length));
        return 0;
      }
      case 'import': {
        if (!sub) throw new Error(t.cli.needArg('thư mục chứa tệp .cchc'));
        const s = await importFolder(ctx, path.resolve(sub));
        for (const l of s.lines) out(`${l.status === 'imported' ? 'NHẬP ' : l.status === 'duplicate' ? 'TRÙNG' : 'BỎ QUA'}  ${l.file}: ${l.message}${l.gap ? ` ${l.gap}` : ''}`);
        out(s.text);
        return s.refused ? 1 : 0;
      }
      case 'status': {
        const year = Number(values.year ?? new Date().getFullYear());
        const m = await statusMatrix(ctx, year);
        if (!m.rows.length) {
          out(t.noCommunes);
          return 0;
        }
        out(t.matrixTitle(year));
        out(table([[t.communeCol, ...m.periods.map((p) => p.label)], ...m.rows.map((r) => [`${r.communeName} (${r.communeCode})`, ...r.cells.map((c) => t.status[c.status].toLowerCase())])]));
        return 0;
      }
      case 'report': {
        if (!values.period) throw new Error(t.cli.needArg('--period (ví dụ 2026-Q1)'));
        const c = await consolidated(ctx, values.period);
        out(table([[t.communeCol, ...COMMUNICATION_FORMS.map((f) => f), t.activitiesCol], ...[...c.rows, c.sum].map((r) => [r.communeName, ...COMMUNICATION_FORMS.map((f) => String(r.counts[f]?.n ?? 0)), String(r.total)])]));
        if (values.out) {
          const file = path.resolve(values.out);
          const ext = path.extname(file).toLowerCase();
          if (ext !== '.xlsx' && ext !== '.docx') throw new Error(t.cli.badOutExt);
          writeFileAtomic(file, ext === '.xlsx' ? await consolidatedXlsx(c) : await consolidatedDocx(c));
          out(t.cli.written(file));
        }
        return 0;
      }
      default:
        out(t.cli.usage);
        return 2;
    }
  } finally {
    await host.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${isAppError(e) ? e.message : e instanceof Error && /[À-ỹ]/.test(e.message) ? e.message : common.errors.internal}\n`);
    process.exit(1);
  },
);
