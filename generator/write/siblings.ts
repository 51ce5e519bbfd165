import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The entries a run keeps beside a package folder while it replaces it, all named after the folder
 * (`.pkg.…`) so that a later run finds what an interrupted one left: the staging folder, the old
 * package during the swap, the swap's journal and the lock.
 */
export class Siblings {
  readonly parent: string;
  readonly base: string;
  constructor(readonly out: string) {
    this.parent = path.dirname(out);
    this.base = path.basename(out);
  }

  get lock(): string {
    return path.join(this.parent, `.${this.base}.lock`);
  }

  /** Says what a swap is moving, so that a run killed in the middle of it is finished by the next. */
  get journal(): string {
    return path.join(this.parent, `.${this.base}.swap`);
  }

  /**
   * Makes a new staging folder, named with this process's pid (a later run removes it once that
   * process is gone). mkdir rather than mkdtemp: mkdtemp's 0700 would become the package's mode.
   */
  makeStaging(): string {
    for (;;) {
      const folder = path.join(
        this.parent,
        `.${this.base}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`,
      );
      try {
        fs.mkdirSync(folder);
        return folder;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }

  /**
   * The leftovers of earlier runs beside the folder: staging folders (with the pid that made them;
   * none in the names earlier versions gave them, made by mkdtemp) and old packages being removed.
   */
  leftovers(): { name: string; pid?: number; old: boolean }[] {
    const prefix = `.${this.base}.tmp-`;
    let names: string[];
    try {
      names = fs.readdirSync(this.parent);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      if (!name.startsWith(prefix)) return [];
      const m = /^(?:(\d+)-[0-9a-f]{8}|[A-Za-z0-9]{6})(-old)?$/.exec(name.slice(prefix.length));
      return m ? [{ name, old: m[2] !== undefined, ...(m[1] ? { pid: Number(m[1]) } : {}) }] : [];
    });
  }
}
