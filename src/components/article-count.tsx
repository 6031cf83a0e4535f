import { archiveText } from '../i18n/archive-text.ts';
import { SectionText } from './ui-text.tsx';

/** `makala 12` / `12 articles`, beside a day or a month of the archive. */
export function ArticleCount({ articles }: { articles: number }) {
  return (
    <span className="archive-days__count">
      <SectionText
        section={archiveText}
        id={articles === 1 ? 'countOne' : 'countMany'}
        values={{ count: articles }}
      />
    </span>
  );
}
