// The `--name=value` flags of the host scripts.

/**
 * Reads `--name=value` arguments into an object keyed by name; other arguments are ignored.
 * A repeated flag keeps its last value.
 */
export function readFlags(argv = process.argv.slice(2)) {
  const flags = {};
  for (const arg of argv) {
    const match = /^--([\w-]+)=(.*)$/.exec(arg);
    if (match) {
      flags[match[1]] = match[2];
    }
  }

  return flags;
}
