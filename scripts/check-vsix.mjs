// Fails the packaging step when the .vsix holds the wrong files: it must carry the three bundles,
// media, snippets and the better-sqlite3 runtime (its JS and its native binary), and nothing of
// src/, test/, source maps or other node_modules. Reads the archive itself, not the folder.
// usage: node scripts/check-vsix.mjs [file.vsix]
import yauzl from 'yauzl';

const file = process.argv[2] ?? 'api-integration-captain.vsix';
const root = 'extension/';

const required = [
  'package.json',
  'dist/extension.js',
  'dist/engine.js',
  'dist/cli.js',
  'dist/captain.config.schema.json',
  'media/captain.svg',
  'media/oauth-result.html',
  'snippets/captain.code-snippets',
  'node_modules/better-sqlite3/lib/index.js',
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
];
const forbidden = [
  { pattern: /^src\//, why: 'sources are bundled, not shipped' },
  { pattern: /^test\//, why: 'tests stay in the repo' },
  { pattern: /\.map$/, why: 'source maps are for development builds' },
  { pattern: /^\.vscode-host\//, why: 'the test host is not part of the extension' },
  {
    pattern: /^node_modules\/(?!better-sqlite3\/|bindings\/|file-uri-to-path\/)/,
    why: 'only the better-sqlite3 runtime ships; the rest is bundled',
  },
];

const names = await entryNames(file);
const problems = [];
for (const name of required) {
  if (!names.includes(name)) problems.push(`${file} lacks ${name}`);
}
for (const name of names) {
  const rule = forbidden.find(({ pattern }) => pattern.test(name));
  if (rule) problems.push(`${file} holds ${name}: ${rule.why}`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-vsix: ${problem}`);
  process.exit(1);
}
console.log(`check-vsix: ${names.length} files in ${file}, contents as expected`);

/** The paths inside the extension folder of the archive. */
function entryNames(archive) {
  return new Promise((resolve, reject) => {
    yauzl.open(archive, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const found = [];
      zip.on('entry', (entry) => {
        if (entry.fileName.startsWith(root)) found.push(entry.fileName.slice(root.length));
        zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
