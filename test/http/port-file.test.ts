import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorLine, isCodedError } from '../../src/core/index.js';
import { removePortFile, writePortFile } from '../../src/http/port-file.js';

describe('NEWS_DIGEST_HTTP_PORT_FILE', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-port-file-'));
    dirs.push(dir);
    return dir;
  };

  it('holds the bound port as a whole line, leaves no temporary file, and is gone after removal', () => {
    const dir = folder();
    const path = join(dir, 'port');
    writePortFile(path, 43117);
    expect(readFileSync(path, 'utf8')).toBe('43117\n');
    writePortFile(path, 43118);
    expect(readFileSync(path, 'utf8')).toBe('43118\n');
    expect(readdirSync(dir)).toEqual(['port']);
    removePortFile(path);
    expect(existsSync(path)).toBe(false);
  });

  it('fails with one coded sentence naming the variable and the fix when the folder is missing', () => {
    const path = join(folder(), 'missing', 'port');
    let caught: unknown;
    try {
      writePortFile(path, 43117);
    } catch (error) {
      caught = error;
    }
    expect(isCodedError(caught) && caught.code).toBe('http.port_file_unwritable');
    expect(errorLine(caught)).toMatch(
      /^Cannot write the port to NEWS_DIGEST_HTTP_PORT_FILE \(.*ENOENT\); point it at a file in a writable folder, or leave it empty\.$/,
    );
  });
});
