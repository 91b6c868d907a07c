import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { CodedError } from '../core/index.js';

/**
 * NEWS_DIGEST_HTTP_PORT_FILE: `run` writes the port its HTTP server got there once it
 * listens, so whoever started it with `http.port: 0` (any free port) learns the port
 * without guessing one beforehand. Written whole (a temporary file renamed over it):
 * a reader never sees half a number.
 */
export function writePortFile(path: string, port: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${port}\n`);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CodedError(
      'http.port_file_unwritable',
      `Cannot write the port to NEWS_DIGEST_HTTP_PORT_FILE (${path}: ${reason}); point it at a file in a writable folder, or leave it empty.`,
      { cause: error },
    );
  }
}

/** On shutdown: a port file left behind would name a port nobody listens on any more. */
export const removePortFile = (path: string): void => rmSync(path, { force: true });
