import { headlineModePreference, useHeadlineMode } from '../app/reader-preferences.ts';
import { writePreference } from '../app/stored-preference.ts';
import { UiText } from './ui-text.tsx';

/** For learners: every headline in Swahili with its English beneath, where one exists. */
export function HeadlineModeSwitch() {
  const mode = useHeadlineMode();
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={mode === 'both'}
      onClick={() => writePreference(headlineModePreference, mode === 'both' ? 'one' : 'both')}
    >
      <span aria-hidden="true" lang="zxx" className="chip__icon">
        ⇅
      </span>{' '}
      <UiText id="bothLanguages" />
    </button>
  );
}
