/**
 * The CLI needs Node 24: better-sqlite3 is built for its ABI, and under an older Node the native
 * module crashes the process (exit 139) instead of saying why. Checked before it is loaded.
 */
export const REQUIRED_NODE_MAJOR = 24;

/** A Vietnamese explanation when `version` (process.versions.node) is too old; null when fine. */
export function nodeVersionProblem(version: string, required = REQUIRED_NODE_MAJOR): string | null {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
  if (Number.isFinite(major) && major >= required) return null;
  return `Công cụ cchc cần Node.js phiên bản ${required} trở lên, máy này đang chạy Node.js ${version}. Hãy cài Node.js ${required} (https://nodejs.org) rồi chạy lại; dữ liệu chưa bị thay đổi.`;
}
