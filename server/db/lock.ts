import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { tryLock } from "fs-native-extensions";

/** The data folder is another process's: said to the user as it is, without a stack trace. */
export class DataDirInUseError extends Error {}

/**
 * PGlite must never be opened by two processes at once (the data folder would be corrupted), so whoever
 * opens it holds an OS lock on `<dataDir>.lock` (an open-file-description lock on Linux, flock on macOS,
 * LockFileEx on Windows). The kernel releases it when its holder dies, however it dies: a SIGKILLed server
 * that has not been reaped yet, or a PID from before a reboot that now belongs to another process, blocks
 * nobody. The PID inside is only there to be named in the message.
 *
 * The file is never deleted: a process could be holding it open, about to lock it, and would then hold a
 * lock on a file that no longer has the name that the next process locks.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  // Opened without truncating: until the lock is ours, the holder's PID stays readable.
  const fd = openSync(lockPath, "a+");
  let locked = false;
  try {
    locked = tryLock(fd);
  } finally {
    if (!locked) closeSync(fd);
  }
  if (!locked) {
    const owner = readFileSync(lockPath, "utf8").trim();
    throw new DataDirInUseError(
      `The embedded database in ${dataDir} is in use by ${/^\d+$/.test(owner) ? `process ${owner}` : "another process"} ` +
        "(is the app already running?). Stop it, or give this one its own EMBEDDED_DB_DIR, or a DATABASE_URL.",
    );
  }
  ftruncateSync(fd);
  writeSync(fd, String(process.pid));
  return () => closeSync(fd);
}
