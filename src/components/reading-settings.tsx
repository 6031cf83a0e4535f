// The reader's comfort settings: headlines in both languages, dark theme, text size. Loaded when opened.
import { HeadlineModeSwitch } from './headline-mode-switch.tsx';
import { TextSizeControl } from './text-size-control.tsx';
import { ThemeSwitch } from './theme-switch.tsx';

export function ReadingSettings({ id }: { id: string }) {
  return (
    <div id={id} className="reading-settings">
      <HeadlineModeSwitch />
      <ThemeSwitch />
      <TextSizeControl />
    </div>
  );
}
