/** Calls `fn` once `delay` ms have passed without another call; `flush()` runs it now. */
export class Debouncer<A extends unknown[]> {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: A | undefined;
  readonly #fn: (...args: A) => void;
  readonly #delay: number;

  constructor(fn: (...args: A) => void, delay: number) {
    this.#fn = fn;
    this.#delay = delay;
  }

  call(...args: A): void {
    this.#pending = args;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  flush(): void {
    clearTimeout(this.#timer);
    const args = this.#pending;
    this.#pending = undefined;
    if (args) this.#fn(...args);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
  }
}
