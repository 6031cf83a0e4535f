import type { ReactNode } from 'react';
import { ChipIcon } from './chip-icon.tsx';

interface ToggleChipProps {
  /** A symbol shown before the label; hidden from screen readers, which read the label and the state. */
  icon: string;
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** An on/off button of the reading settings (aria-pressed). */
export function ToggleChip({ icon, pressed, onToggle, children }: ToggleChipProps) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={onToggle}>
      <ChipIcon symbol={icon} />
      {children}
    </button>
  );
}
