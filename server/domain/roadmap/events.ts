/** What one projection run of a roadmap document wrote: record ids of the roadmap and of its changed items. */
export interface RoadmapProjected {
  roadmapId: string;
  /** The record changed: its title, period, lanes, milestones or vision. */
  metaChanged: boolean;
  /** `_id`s of items written or deleted; every item's when the meta (the roadmap's title) changed. */
  itemIds: string[];
}
