import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg, fileNameOf } from './timelineImage';

/** Print (or save as PDF through the print dialog) and download the timeline as SVG or PNG. */
export function RoadmapExport({ title, svg }: { title: string; svg: RefObject<SVGSVGElement | null> }) {
  const { t } = useTranslation();
  const name = fileNameOf(title);
  return (
    <section className="koers-public-export" aria-labelledby="koers-export-heading">
      <h2 id="koers-export-heading" className="utrecht-heading-2">
        {t('export.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('export.printHint')}</p>
      <div className="koers-public-export__buttons">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => window.print()}
        >
          {t('export.print')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => svg.current && downloadSvg(svg.current, name)}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void (svg.current && downloadPng(svg.current, name))}
        >
          {t('export.png')}
        </button>
      </div>
    </section>
  );
}
