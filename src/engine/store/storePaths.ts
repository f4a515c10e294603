import path from 'node:path';

/**
 * The folder name that marks a store owned by a workspace; it gets a `.gitignore` on creation.
 * It lives here, not beside the store class, so the extension host can resolve paths without
 * loading better-sqlite3.
 */
export const storeFolderName = '.captain';

/** The database file name inside the store folder. */
export const storeFileName = 'captain.db';

/**
 * Where the store lives: the explicit path when one is given (setting `captain.storage.path` or the
 * CLI's `--db`), else `<workspace>/.captain/captain.db`. A relative explicit path is taken from the
 * workspace folder.
 */
export function resolveStorePath(workspaceFolder: string, explicitPath?: string): string {
  if (explicitPath && explicitPath.trim() !== '') {
    return path.resolve(workspaceFolder, explicitPath);
  }
  return path.join(workspaceFolder, storeFolderName, storeFileName);
}
