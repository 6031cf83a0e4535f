import { themePreference } from '../app/reader-preferences.ts';
import { useTheme } from '../app/use-theme.ts';
import { writePreference } from '../app/stored-preference.ts';
import { UiText } from './ui-text.tsx';

/** Dark theme on or off; starts from the system's choice and remembers the reader's. */
export function ThemeSwitch() {
  const theme = useTheme();
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={theme === 'dark'}
      onClick={() => writePreference(themePreference, theme === 'dark' ? 'light' : 'dark')}
    >
      <span aria-hidden="true" lang="zxx" className="chip__icon">
        ◐
      </span>{' '}
      <UiText id="themeDark" />
    </button>
  );
}
