import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `The data directory is in use by another Arena process (pid ${pid}). ` +
        `PGlite cannot share a data directory between processes; stop that process first, ` +
        `or start this one with ARENA_DATA_DIR pointing elsewhere (lock file: ${lockFile}).`,
    );
    this.name = "DataDirLockedError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory: a lock file beside it holding our
 * pid, created with O_EXCL. A lock left by a dead process is taken over. Returns release().
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.resolve(dataDir) + ".lock";
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirLockedError(lockFile, pid);
      // Stale (its process is gone) or unreadable: remove and try again.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the data directory lock ${lockFile}`);
}
