/**
 * The async iterator behind a subscription: values pushed in are buffered
 * until the consumer takes them. A consumer that falls more than `limit`
 * values behind gets the error `overflow()` makes instead, so one stalled
 * client cannot hold unbounded memory. `onClose` runs once when it ends.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private buffer: T[] = [];
  private waiter: ((result: IteratorResult<T>) => void) | null = null;
  private failure: Error | null = null;
  private ended = false;

  constructor(
    private readonly limit: number,
    private readonly overflow: () => Error,
    private readonly onClose: () => void,
  ) {}

  push(values: T[]): void {
    for (const value of values) {
      if (this.ended) return;
      if (this.waiter) {
        this.waiter({ value, done: false });
        this.waiter = null;
      } else if (this.buffer.length < this.limit) {
        this.buffer.push(value);
      } else {
        this.buffer = [];
        this.failure = this.overflow();
        this.end();
      }
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiter = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer = [];
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onClose();
    this.waiter?.({ value: undefined, done: true });
    this.waiter = null;
  }
}
