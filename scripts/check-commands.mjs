// Fails the build when package.json contributes a command that the extension never registers,
// or a menu that names a command that is not contributed. Reads src/extension: a command counts
// as registered when a file that calls registerCommand passes its id as the first argument of a
// call (registerCommand itself or a local wrapper), other than executeCommand. The extension-host
// suite checks the same at run time.
import fs from 'node:fs';
import path from 'node:path';

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const contributed = (manifest.contributes?.commands ?? []).map((entry) => entry.command);

const sources = [];
const walk = (folder) => {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.ts')) {
      const text = fs.readFileSync(full, 'utf8');
      if (text.includes('registerCommand(')) sources.push(text);
    }
  }
};
walk('src/extension');
const text = sources.join('\n');

const problems = [];
for (const command of contributed) {
  const id = command.replaceAll('.', '\\.');
  const call = new RegExp(`\\b(?!executeCommand\\b)[A-Za-z_$][\\w$]*\\(\\s*['"\`]${id}['"\`]`);
  const registered = call.test(text);
  if (!registered)
    problems.push(`contributed command ${command} is never registered in src/extension`);
}
for (const [menu, entries] of Object.entries(manifest.contributes?.menus ?? {})) {
  for (const entry of entries) {
    if (entry.command && !contributed.includes(entry.command)) {
      problems.push(`menu ${menu} names ${entry.command}, which is not a contributed command`);
    }
  }
}
for (const entry of manifest.contributes?.viewsWelcome ?? []) {
  for (const [, command] of entry.contents.matchAll(/\(command:([\w.]+)\)/g)) {
    if (!command.startsWith('workbench.') && !contributed.includes(command)) {
      problems.push(
        `welcome content of ${entry.view} links ${command}, which is not a contributed command`,
      );
    }
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-commands: ${problem}`);
  process.exit(1);
}
console.log(`check-commands: ${contributed.length} contributed commands, all registered`);
