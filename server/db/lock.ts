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
 * When the process started, in clock ticks since boot (Linux's /proc/<pid>/stat, field 22);
 * undefined elsewhere. With the pid it names one process: after a crash in a container the
 * restarted server often gets the dead one's pid, or another live process has it.
 */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** The holder named by a lock file ("pid" or "pid starttime") is still running. */
function holderAlive(content: string): number | undefined {
  const [pidText, started] = content.trim().split(/\s+/);
  const pid = Number.parseInt(pidText ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid)) return undefined;
  const now = startTimeOf(pid);
  if (started !== undefined && now !== undefined && now !== started) return undefined;
  return pid;
}

/**
 * Takes an exclusive lock on a PGlite data directory: a lock file beside it holding our
 * pid and start time, created with O_EXCL. A lock left by a process that is gone (kill -9,
 * a crash) is taken over. Returns release().
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.resolve(dataDir) + ".lock";
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      const content = [process.pid, startTimeOf(process.pid)].filter((x) => x !== undefined).join(" ");
      fs.writeSync(fd, content);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === content) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = holderAlive(fs.readFileSync(lockFile, "utf8"));
      if (holder !== undefined) throw new DataDirLockedError(lockFile, holder);
      // Stale (its process is gone) or unreadable: remove and try again.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the data directory lock ${lockFile}`);
}
