import { paths } from '../services/paths.ts';
import { LocalizedLink } from './localized-link.tsx';
import { UiText } from './ui-text.tsx';

/** The way out of a page that cannot show what was asked for: back to the front page. */
export function GoHomeLink() {
  return (
    <LocalizedLink to={paths.home()}>
      <UiText id="goHome" reserveBoth={false} />
    </LocalizedLink>
  );
}
