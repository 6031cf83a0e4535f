// A problem in one seed file, located so an editor can jump straight to it.

export interface SeedProblem {
  /** Path as the editor knows it, for example `seeds/001_abc.txt`. */
  file: string;
  /** 1-based line number; null for a problem with the file itself (a folder, a file that cannot be read). */
  line: number | null;
  message: string;
}

export function formatSeedProblem({ file, line, message }: SeedProblem): string {
  return line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

/** Thrown by the build when one or more seeds are not articles; lists every problem, not only the first. */
export class SeedBuildError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const count = problems.length;
    super(
      `${count} problem${count === 1 ? '' : 's'} in the seeds:\n` +
        problems.map(formatSeedProblem).join('\n'),
    );
    this.name = 'SeedBuildError';
    this.problems = problems;
  }
}
