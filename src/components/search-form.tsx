import type { FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { paths, withLanguage } from '../services/paths.ts';
import { useHydrated } from '../services/stored-preference.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMessage } from '../i18n/use-message.ts';
import { BothLanguagesText } from './both-languages-text.tsx';
import { SEARCH_INPUT_ID } from './search-form-id.ts';
import { UiText } from './ui-text.tsx';

/** The search box in the header. A plain GET form, so it works without JavaScript too. */
export function SearchForm() {
  const { lang } = useLanguage();
  const t = useMessage();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const current = hydrated && pathname === paths.search() ? (params.get('q') ?? '') : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    void navigate(withLanguage(paths.search(query), lang));
  };

  return (
    <form role="search" action={paths.search()} method="get" className="search-form" onSubmit={submit}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        <BothLanguagesText id="search" />
      </label>
      <input
        key={current}
        id={SEARCH_INPUT_ID}
        className="search-form__input"
        type="search"
        name="q"
        defaultValue={current}
        placeholder={t('searchPlaceholder')}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
      />
      {lang !== 'sw' && <input type="hidden" name="lang" value={lang} />}
      <button type="submit" className="button search-form__button">
        <UiText id="search" />
      </button>
    </form>
  );
}
