// A link inside the site that keeps the reader's language. A plain anchor that navigates inside the app on an
// ordinary click, as react-router's Link does for an absolute path; without Link's work for relative paths
// and route data, which a page of 99 headlines would pay on every render, and a phone on every hydration.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { withLanguage } from '../services/paths.ts';
import { useLanguage } from '../i18n/language.tsx';

type LocalizedLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  'data-list-item'?: string;
};

export function LocalizedLink({ to, onClick, ...rest }: LocalizedLinkProps) {
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const href = withLanguage(to, lang);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // A modified or middle click, or another target, is the browser's: a new tab, a download, a window.
    const plain = event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
    if (event.defaultPrevented || !plain || (rest.target && rest.target !== '_self')) return;
    event.preventDefault();
    void navigate(href);
  };
  // The link's content comes in `rest.children`.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a href={href} {...rest} onClick={follow} />;
}
