import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A directory of a test file's own for the sheets it writes; remove() deletes it with what is in it. */
export interface ScratchDir {
  /** writes a file into the directory and answers its path */
  write(name: string, content: string | Buffer): string;
  remove(): void;
}

export function scratchDir(label: string): ScratchDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-${label}-`));
  return {
    write(name, content) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
