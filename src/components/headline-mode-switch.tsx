import { headlineModePreference, useHeadlineMode } from '../services/reader-preferences.ts';
import { writePreference } from '../services/stored-preference.ts';
import { ToggleChip } from './toggle-chip.tsx';
import { UiText } from './ui-text.tsx';

/** For learners: every headline in Swahili with its English beneath, where one exists. */
export function HeadlineModeSwitch() {
  const both = useHeadlineMode() === 'both';
  return (
    <ToggleChip
      icon="⇅"
      pressed={both}
      onToggle={() => writePreference(headlineModePreference, both ? 'one' : 'both')}
    >
      <UiText id="bothLanguages" />
    </ToggleChip>
  );
}
