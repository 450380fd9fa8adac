import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readRoadmap, type RoadmapContent } from '../../../../common/roadmapDocument';

/**
 * The structured parts of a roadmap document (meta, lanes, items, milestones), read again after
 * every change to them, local or remote. The vision is left out on purpose: typing in it must not
 * redraw the timeline.
 */
export function useRoadmapContent(doc: Y.Doc): RoadmapContent {
  const [content, setContent] = useState(() => readRoadmap(doc));
  useEffect(() => {
    const refresh = () => setContent(readRoadmap(doc));
    refresh();
    const observed = [
      doc.getMap('meta'),
      doc.getArray('lanes'),
      doc.getArray('items'),
      doc.getArray('milestones'),
    ];
    observed.forEach((type) => type.observeDeep(refresh));
    return () => observed.forEach((type) => type.unobserveDeep(refresh));
  }, [doc]);
  return content;
}
