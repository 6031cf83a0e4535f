import { articleText } from '../i18n/article-text.ts';
import { SectionText } from './ui-text.tsx';

/** Words a reader gets through in a minute, a common figure for news prose. */
const WORDS_PER_MINUTE = 200;

export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).filter(Boolean).length, 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "Dakika 2 za kusoma" / "2 min read". */
export function ReadingTime({ body }: { body: readonly string[] }) {
  const minutes = readingMinutes(body);
  return (
    <SectionText
      section={articleText}
      id={minutes === 1 ? 'readingTimeOne' : 'readingTimeMany'}
      values={{ minutes }}
      reserveBoth={false}
    />
  );
}
