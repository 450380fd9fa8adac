import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { MAX_SEARCH_LENGTH } from '../../../../common/limits';
import { searchPagePath } from './searchPath';
import './search.css';

/**
 * The site-wide search field in the header: a search landmark whose submit opens `/zoeken?q=`.
 * On the results page it shows the text searched for, so it can be refined in place.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const searched =
    location.pathname === '/zoeken' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(searched);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => setText(searched), [searched]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (query.length === 0) {
      inputRef.current?.focus();
      return;
    }
    void navigate(searchPagePath(query));
  }

  return (
    <form
      role="search"
      aria-label={t('search.landmark')}
      className="koers-search"
      action="/zoeken"
      onSubmit={submit}
    >
      <label htmlFor="koers-search-text" className="koers-visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id="koers-search-text"
        name="q"
        type="search"
        className="utrecht-textbox utrecht-textbox--html-input koers-search__input"
        maxLength={MAX_SEARCH_LENGTH}
        autoComplete="off"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('search.submit')}
      </Button>
    </form>
  );
}
