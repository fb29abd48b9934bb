import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

/**
 * One TypeScript entry bundled for plain Node the way build/build-node.mjs does (CommonJS,
 * packages left external), for the tests that run code as a child process or a worker.
 * `linkModules` puts a node_modules link beside the output, for outputs outside the repo that
 * must still find the packages. Returns the output path.
 */
export async function buildScript(
  entry: string,
  outfile: string,
  opts: { linkModules?: boolean; define?: Record<string, string> } = {},
): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    logLevel: 'error',
    define: opts.define,
    nodePaths: [path.join(ROOT, 'node_modules')],
  });
  const link = path.join(path.dirname(outfile), 'node_modules');
  if (opts.linkModules && !fs.existsSync(link)) fs.symlinkSync(path.join(ROOT, 'node_modules'), link);
  return outfile;
}
