// Bundles the three entries (extension, engine process, CLI) and the extension-host test suites.
// `node esbuild.js` for a development build, `--production` to minify without source maps,
// `--watch` to rebuild on change. Type-checking is `tsc --noEmit`, run beside it.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = require('./package.json');

/** Prints errors in the form VS Code's `$esbuild-watch` problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) {
          console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[watch] build finished');
    });
  },
};

/** The JSON Schema for captain.config.json, where `jsonValidation` in package.json points. */
const copySchemaPlugin = {
  name: 'copy-schema',
  setup(build) {
    build.onEnd(() => {
      fs.mkdirSync('dist', { recursive: true });
      fs.copyFileSync(
        path.join('src', 'engine', 'config', 'captainConfig.schema.json'),
        path.join('dist', 'captain.config.schema.json'),
      );
    });
  },
};

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  external: ['vscode', 'better-sqlite3'],
  // jsonc-parser's UMD main cannot be bundled; its ESM build can.
  mainFields: ['module', 'main'],
  define: { CAPTAIN_VERSION: JSON.stringify(version) },
};

const builds = [
  {
    ...shared,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    // The bundle's first and last statements time its loading, which activation then adds to.
    banner: { js: 'var captainBundleStartedMs = performance.now();' },
    footer: { js: 'var captainBundleLoadedMs = performance.now();' },
    plugins: [problemMatcherPlugin, copySchemaPlugin],
  },
  {
    ...shared,
    entryPoints: { engine: 'src/engine/main.ts' },
    outdir: 'dist',
    plugins: [problemMatcherPlugin],
  },
  {
    ...shared,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [problemMatcherPlugin],
  },
];

if (!production) {
  const suites = fs.existsSync('test/extension/suite')
    ? fs.readdirSync('test/extension/suite').filter((name) => name.endsWith('.test.ts'))
    : [];
  builds.push({
    ...shared,
    entryPoints: [
      'test/extension/index.ts',
      ...suites.map((name) => `test/extension/suite/${name}`),
    ],
    outbase: 'test/extension',
    outdir: 'dist/test/extension',
    external: [...shared.external, 'mocha'],
    plugins: [problemMatcherPlugin],
  });
}

async function main() {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  fs.chmodSync(path.join('dist', 'cli.js'), 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
