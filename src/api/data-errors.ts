// What can go wrong when the app fetches the site's JSON, as errors the views can tell apart.

/** The file does not exist: the page the reader asked for is not in the collection. */
export class NotFoundError extends Error {
  constructor(readonly url: string) {
    super(`Not found: ${url}`);
    this.name = 'NotFoundError';
  }
}

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
