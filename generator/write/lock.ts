import * as fs from 'node:fs';

/**
 * One run at a time replaces a package folder: a lock file beside it holds the owner's pid. A run
 * that finds it held by a live process waits (runs into one folder serialise); one held by a
 * process that is gone (killed mid-write) is taken over.
 */

/** How long a run waits for another to finish its write before giving up, and how often it looks. */
const WAIT_MS = 120_000;
const POLL_MS = 25;

/** Whether a process with this pid is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a lock file names, or undefined when it names none (being written, or not ours). */
function ownerOf(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Takes the lock at `file`, waiting while a live process holds it. Returns a release function, or
 * the pid that kept it past the wait. Synchronous: the write stage is, and nothing else runs meanwhile.
 */
export function acquireLock(file: string, waitMs = WAIT_MS): (() => void) | { heldBy: number } {
  const deadline = Date.now() + waitMs;
  for (let seenEmpty = 0; ;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        if (ownerOf(file) === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = ownerOf(file);
    // An empty lock is one being written right now, or left by a kill between create and write: stale after a while.
    if (owner === undefined ? ++seenEmpty * POLL_MS > 1000 : !isAlive(owner)) {
      takeOver(file, owner);
      seenEmpty = 0;
      continue;
    }
    if (Date.now() > deadline) return { heldBy: owner ?? 0 };
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}

/**
 * Removes a stale lock. It is moved aside first and checked: if another run took it over meanwhile
 * (the file now names a live owner), that run's lock is put back rather than deleted.
 */
function takeOver(file: string, staleOwner: number | undefined): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // gone already: someone else took it over, and the next attempt sees who
  }
  const moved = ownerOf(aside);
  if (moved !== staleOwner && moved !== undefined && isAlive(moved)) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third run holds the lock now; the one moved aside cannot be put back, and its owner will find out when it
      // releases.
    }
  }
  fs.rmSync(aside, { force: true });
}
