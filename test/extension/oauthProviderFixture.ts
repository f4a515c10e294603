import fs from 'node:fs';
import path from 'node:path';

/** How deep {@link findLogFiles} looks below its root folder. */
const maxLogDepth = 8;

/**
 * The HTTP status the provider's userinfo endpoint answers for `accessToken`: 200 while the
 * token is valid, 401 once it is revoked or expired. The endpoint comes from discovery.
 */
export async function userinfoStatus(issuer: string, accessToken: string): Promise<number> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    userinfo_endpoint?: string;
  };
  if (discovery.userinfo_endpoint === undefined) {
    throw new Error(`${issuer} announces no userinfo_endpoint; check the test provider's features`);
  }

  const response = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Files under `root` (at most {@link maxLogDepth} folders down) whose name ends with `suffix`.
 * The extension host writes each log output channel to a file named `<n>-<name>.log` in an `output_logging_<time>` folder of its logs
 * inside the user-data folder the test runner creates beside the workspace.
 */
export function findLogFiles(root: string, suffix: string, depth = 0): string[] {
  if (depth > maxLogDepth) {
    return [];
  }

  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') {
      return findLogFiles(full, suffix, depth + 1);
    }

    return entry.isFile() && entry.name.endsWith(suffix) ? [full] : [];
  });
}
