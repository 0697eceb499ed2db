// The part of fs-native-extensions (which ships no types) that server/db/lock.ts uses.
declare module "fs-native-extensions" {
  /** An exclusive (or, with `shared`, a shared) lock on an open file, or false when another holds one. */
  export function tryLock(fd: number, opts?: { shared?: boolean }): boolean;
}
