/**
 * The .cchc bundle Windows hands us on a double-click: the first argument that names one
 * (the file association in electron-builder.yml passes it as "%1"). Flags are never files.
 */
export function bundleArg(argv: readonly string[]): string | null {
  return argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.cchc')) ?? null;
}
