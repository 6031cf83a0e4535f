import { paths } from '../app/paths.ts';
import { LocalizedLink } from './localized-link.tsx';
import { UiText } from './ui-text.tsx';

/** The link under a post back to the headline list. One line of its own: it shows one language only. */
export function BackToHeadlinesLink() {
  return (
    <p className="article__back">
      <LocalizedLink to={paths.home()}>
        ← <UiText id="backToHeadlines" reserveBoth={false} />
      </LocalizedLink>
    </p>
  );
}
