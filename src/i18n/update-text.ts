import { textSection } from './text-section.ts';

/** Strings of the "new version" prompt. */
export const updateText = textSection(
  { ready: 'Toleo jipya la Habari lipo.', reload: 'Pakia upya' },
  { ready: 'A new version of Habari is available.', reload: 'Reload' },
);
