/** The network failed, the server failed, or the answer was not the JSON we expected. Worth a retry. */
export class DataError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`Could not load ${url}: ${reason}`);
    this.name = 'DataError';
  }
}
