import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The contracts fixture folder. */
export const contractsFixtures = path.join(__dirname, '../../fixtures/contracts');

/** Absolute path of a fixture file. */
export function fixture(...parts: string[]): string {
  return path.join(contractsFixtures, ...parts);
}

/** 1-based line and column of the first occurrence of `text` in a file. */
export function positionOf(file: string, text: string): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i]!.indexOf(text);
    if (column >= 0) {
      return { line: i + 1, column: column + 1 };
    }
  }
  throw new Error(`"${text}" is not in ${file}`);
}
