import { useEffect } from 'react';

/**
 * Sets `<meta name="description">` while the page is shown, so a search engine (and a shared link)
 * shows what a public page is about; the previous description comes back when it closes.
 */
export function usePageDescription(description: string | null): void {
  useEffect(() => {
    if (!description) return;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    const created = !meta;
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    const previous = meta.content;
    meta.content = description;
    return () => {
      if (created) meta.remove();
      else meta.content = previous;
    };
  }, [description]);
}
