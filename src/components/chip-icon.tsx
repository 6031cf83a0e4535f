/** The symbol before a chip's label; hidden from screen readers, which read the label (and the state). */
export function ChipIcon({ symbol }: { symbol: string }) {
  return (
    <>
      <span aria-hidden="true" lang="zxx" className="chip__icon">
        {symbol}
      </span>{' '}
    </>
  );
}
