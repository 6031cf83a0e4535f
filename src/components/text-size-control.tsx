import { TEXT_SIZES, textSizePreference, type TextSize } from '../services/reader-preferences.ts';
import { usePreference, writePreference } from '../services/stored-preference.ts';
import { useMessage } from '../i18n/use-message.ts';
import type { MessageKey } from '../i18n/sw.ts';

const STEPS: Record<TextSize, { label: string; name: MessageKey }> = {
  small: { label: 'A−', name: 'textSmaller' },
  normal: { label: 'A', name: 'textNormal' },
  large: { label: 'A+', name: 'textLarger' },
};

/** Three text sizes, A− A A+, remembered. */
export function TextSizeControl() {
  const t = useMessage();
  const current = usePreference(textSizePreference) ?? 'normal';
  return (
    <div role="group" aria-label={t('textSize')} className="toggle toggle--quiet">
      {TEXT_SIZES.map((size) => (
        <button
          key={size}
          type="button"
          className={`toggle__button text-size--${size}`}
          aria-label={t(STEPS[size].name)}
          aria-pressed={current === size}
          onClick={() => writePreference(textSizePreference, size)}
        >
          {STEPS[size].label}
        </button>
      ))}
    </div>
  );
}
