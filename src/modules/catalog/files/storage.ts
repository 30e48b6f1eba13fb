import fs from 'node:fs';
import path from 'node:path';

/**
 * Where uploaded bytes live. The default keeps them under the data directory; several app nodes
 * must share that directory (NFS or similar) or use an object store implementing this interface
 * (docs/operations.md). Keys are generated ids, never user-supplied names.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[a-z0-9/-]+$/i.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }

  /** Written to a temporary name, fsync'd, then renamed: a crash never leaves half a file under the key. */
  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, target);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

/** Files spread over two levels of directories by the id's random tail, so no directory grows huge. */
export function storageKeyFor(id: string): string {
  const tail = id.replace(/-/g, '').slice(-4);
  return `files/${tail.slice(0, 2)}/${tail.slice(2, 4)}/${id}`;
}
