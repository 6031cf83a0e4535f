import { Link, type LinkProps } from 'react-router-dom';
import { withLanguage } from '../app/paths.ts';
import { useLanguage } from '../i18n/language.tsx';

/** A link inside the site that keeps the reader's language. */
export function LocalizedLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const { lang } = useLanguage();
  return <Link to={withLanguage(to, lang)} {...rest} />;
}
