/** A page of a list: `data` plus `pagination` beside it in the envelope. */
export class Paged<T> {
  constructor(
    readonly data: T[],
    readonly pagination: Record<string, unknown>,
  ) {}
}
