import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreError } from '../errors.js';

/**
 * One SQLite connection, one writer at a time. Single statements run at once
 * (they are synchronous); while a transaction awaits between its statements,
 * every other call waits its turn, so nothing slips into the open transaction.
 * A call on the outer store from inside a transaction would wait for itself:
 * it is refused with a clear error instead of hanging.
 */
export class Gate {
  private busy = false;
  private readonly queue: (() => void)[] = [];
  private readonly owner = new AsyncLocalStorage<Gate>();

  /** Runs a synchronous operation now, or after the running transaction. */
  run<T>(fn: () => T): Promise<T> {
    if (!this.busy && this.queue.length === 0) return settle(fn);
    if (this.owner.getStore() === this) return Promise.reject(insideTransaction());
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => settle(fn).then(resolve, reject));
    });
  }

  /** Runs an asynchronous section alone: nothing else touches the connection until it settles. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.owner.getStore() === this) return Promise.reject(insideTransaction());
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.busy = true;
        this.owner
          .run(this, fn)
          .then(resolve, reject)
          .finally(() => {
            this.busy = false;
            this.drain();
          });
      };
      if (!this.busy && this.queue.length === 0) start();
      else this.queue.push(start);
    });
  }

  private drain(): void {
    while (!this.busy && this.queue.length > 0) this.queue.shift()!();
  }
}

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

function insideTransaction(): StoreError {
  return new StoreError('A store call was made on the outer store inside store.transaction(): use the transaction handle passed to the callback.');
}
