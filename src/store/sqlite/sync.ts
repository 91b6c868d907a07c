/**
 * better-sqlite3 answers synchronously: each repository is written against the
 * synchronous shape of its async interface, and store.ts wraps it once.
 */
export type Sync<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};
