import { useTranslation } from 'react-i18next';
import type { RoadmapComparison } from './useRoadmapHistory';

/**
 * The vision then and now as one text: added words underlined in <ins>, removed words struck
 * through in <del>, each also announced in words ("toegevoegd:", "verwijderd:") for screen
 * readers, which do not read <ins>/<del> out. Line breaks of the text are kept.
 */
export function VisionDiff({ vision }: { vision: RoadmapComparison['vision'] }) {
  const { t } = useTranslation();
  if (!vision.changed)
    return <p className="utrecht-paragraph">{t('roadmapEditor.compareMore.visionSame')}</p>;
  return (
    <p className="utrecht-paragraph koers-vision-diff" data-testid="vision-diff">
      {vision.parts.map((part, index) => {
        if (part.kind === 'SAME') return <span key={index}>{part.text}</span>;
        const Tag = part.kind === 'ADDED' ? 'ins' : 'del';
        const label = part.kind === 'ADDED' ? 'visionAdded' : 'visionRemoved';
        return (
          <Tag key={index}>
            <span className="koers-visually-hidden">[{t(`roadmapEditor.compareMore.${label}`)} </span>
            {part.text}
            <span className="koers-visually-hidden">]</span>
          </Tag>
        );
      })}
    </p>
  );
}
