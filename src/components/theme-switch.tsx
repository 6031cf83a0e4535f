import { themePreference } from '../services/reader-preferences.ts';
import { writePreference } from '../services/stored-preference.ts';
import { useTheme } from '../services/use-theme.ts';
import { ToggleChip } from './toggle-chip.tsx';
import { UiText } from './ui-text.tsx';

/** Dark theme on or off; starts from the system's choice and remembers the reader's. */
export function ThemeSwitch() {
  const dark = useTheme() === 'dark';
  return (
    <ToggleChip
      icon="◐"
      pressed={dark}
      onToggle={() => writePreference(themePreference, dark ? 'light' : 'dark')}
    >
      <UiText id="themeDark" />
    </ToggleChip>
  );
}
