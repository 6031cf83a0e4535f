import { textSection } from './text-section.ts';

/** Strings of the keyboard shortcuts dialog. */
export const shortcutsText = textSection(
  {
    heading: 'Njia za mkato za kibodi',
    next: 'Kichwa kinachofuata',
    previous: 'Kichwa kilichotangulia',
    open: 'Fungua kichwa kilichochaguliwa',
    search: 'Nenda kwenye kisanduku cha kutafuta',
    help: 'Onyesha njia hizi za mkato',
    close: 'Funga',
  },
  {
    heading: 'Keyboard shortcuts',
    next: 'Next headline',
    previous: 'Previous headline',
    open: 'Open the selected headline',
    search: 'Go to the search box',
    help: 'Show these shortcuts',
    close: 'Close',
  },
);
