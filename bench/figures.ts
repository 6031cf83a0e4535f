// One measured figure against its budget, and the table the benchmark prints and writes.

export type BudgetKind = 'max' | 'min' | 'info';
export type Unit = 'bytes' | 'ms' | 's' | 'MB' | 'ratio' | 'score' | 'count';

export interface Figure {
  figure: string;
  measured: number;
  budget: number | null;
  kind: BudgetKind;
  unit: Unit;
  /** measured ÷ budget; null where there is no budget. */
  ratio: number | null;
  pass: boolean;
}

export function figure(
  name: string,
  measured: number,
  budget: number | null,
  kind: BudgetKind,
  unit: Unit,
): Figure {
  const pass =
    budget === null || kind === 'info'
      ? Number.isFinite(measured)
      : kind === 'max'
        ? measured <= budget
        : measured >= budget;
  return {
    figure: name,
    measured,
    budget: kind === 'info' ? null : budget,
    kind,
    unit,
    ratio: budget && kind !== 'info' ? measured / budget : null,
    pass,
  };
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'bytes':
      return `${(value / 1000).toFixed(1)} KB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'MB':
      return `${value < 10 ? value.toFixed(3) : Math.round(value)} MB`;
    case 'ratio':
      return value.toFixed(3);
    case 'score':
    case 'count':
      return String(Math.round(value));
  }
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((entry) => [
    entry.figure,
    entry.budget === null
      ? 'n/a'
      : `${entry.kind === 'max' ? '≤' : '≥'} ${formatValue(entry.budget, entry.unit)}`,
    formatValue(entry.measured, entry.unit),
    entry.ratio === null ? 'n/a' : entry.ratio.toFixed(2),
    entry.pass ? 'yes' : '**NO**',
  ]);
  return [
    '| figure | budget | measured | ratio | within budget |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
