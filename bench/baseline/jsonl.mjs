// Line-by-line reading of JSON Lines files without loading the whole file into one string.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Yields one parsed object per non-blank line.
 * @param {string} path a JSONL file
 * @returns {AsyncGenerator<object>}
 */
export async function* readJsonLines(path) {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch (error) {
      throw new Error(`${path}:${lineNumber}: not valid JSON (${error.message})`);
    }
  }
}
