import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Per-test budget in ms: the engine process starts lazily and a cold start can take seconds. */
const testTimeoutMs = 60_000;

/** Every `*.test.js` under `folder`, depth first, sorted so runs are repeatable. */
function findTestFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) {
    return [];
  }

  return fs
    .readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        return findTestFiles(full);
      }

      return entry.name.endsWith('.test.js') ? [full] : [];
    });
}

/**
 * The foundation suites run first: they check that activation starts no engine, which only a
 * host where no other suite has used the engine yet can show.
 */
function isFoundationSuite(file: string): boolean {
  return path.basename(file).startsWith('foundation.');
}

/**
 * Whether this run is the Restricted Mode one. The runner sets `CAPTAIN_TRUST=restricted` and
 * code-server passes its environment on to the extension host; the trust state is the fallback.
 */
function isRestrictedRun(): boolean {
  if (process.env.CAPTAIN_TRUST !== undefined) {
    return process.env.CAPTAIN_TRUST === 'restricted';
  }

  return !vscode.workspace.isTrusted;
}

/**
 * Entry point the extension host loads through `extensionTestsPath`. Runs the bundled suites next
 * to this file (`suite/**\/*.test.js`) with mocha's BDD interface, prints
 * `N passed, N failed, N skipped`, and rejects when a test fails or none ran.
 *
 * Files named `*.restricted.test.js` run only in the Restricted Mode run, all others only in the
 * normal (trusted) run. `CAPTAIN_TEST_GREP` narrows the run to matching test titles.
 */
export async function run(): Promise<void> {
  const restricted = isRestrictedRun();
  const files = findTestFiles(path.join(__dirname, 'suite'))
    .filter((file) => file.endsWith('.restricted.test.js') === restricted)
    .sort((a, b) => Number(isFoundationSuite(b)) - Number(isFoundationSuite(a)));
  console.log(
    `[captain-test] VS Code ${vscode.version}, Node ${process.version}, ` +
      `workspace trusted: ${vscode.workspace.isTrusted}, ${files.length} suite file(s)`,
  );

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: testTimeoutMs,
    grep: process.env.CAPTAIN_TEST_GREP,
  });
  for (const file of files) {
    mocha.addFile(file);
  }

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? emptyStats()));
    } catch (error) {
      // A suite file that throws while loading never reaches the run callback.
      reject(error);
    }
  });
  console.log(`${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);

  if (stats.failures > 0) {
    throw new Error(`${stats.failures} extension-host test(s) failed`);
  }

  if (stats.passes + stats.pending === 0) {
    throw new Error('no extension-host tests ran; check dist/test/extension/suite and the grep');
  }
}

function emptyStats(): Mocha.Stats {
  return { suites: 0, tests: 0, passes: 0, pending: 0, failures: 0 };
}
