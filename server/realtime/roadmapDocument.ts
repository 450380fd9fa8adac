/** The roadmap document helpers live in common/ so the browser editor uses the same ones. */
export * from '../../common/roadmapDocument';
