import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/** Desktop VS Code release matching `engines.vscode` and the code-server host (1.100.3). */
const desktopVersion = '1.100.3';

const repoRoot = path.resolve(__dirname, '../..');
const shimPath = path.join(repoRoot, 'test/host/vscode-shim.sh');

/**
 * Which VS Code runs the suite, from `CAPTAIN_VSCODE`:
 * unset → the code-server shim (offline machines); `desktop` → let @vscode/test-electron download
 * desktop VS Code 1.100.3 (needs internet); any other value → the path of a VS Code executable.
 */
function chooseExecutable(): { vscodeExecutablePath?: string; version?: string } {
  const choice = process.env.CAPTAIN_VSCODE;
  if (!choice) {
    return { vscodeExecutablePath: shimPath };
  }

  if (choice === 'desktop') {
    return { version: desktopVersion };
  }

  return { vscodeExecutablePath: path.resolve(choice) };
}

/**
 * Runs the bundled extension-host suites (`dist/test/extension`, built by `npm run build`) against
 * the demo workspace. `CAPTAIN_TRUST=restricted` selects the Restricted Mode run (code-server only:
 * test-electron always passes --disable-workspace-trust to desktop VS Code).
 */
async function main(): Promise<void> {
  const executable = chooseExecutable();
  try {
    await runTests({
      ...executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'dist/test/extension/index.js'),
      launchArgs: [path.join(repoRoot, 'demo'), '--disable-extensions'],
    });
  } catch (error) {
    // The runner has already printed the test output and the summary line.
    console.error(`extension-host tests failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
