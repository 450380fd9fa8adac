/** The public web address of a publication, as the server and the seeds name it. */
export function publicPath(kind: 'ROADMAP' | 'QUICK_WIN' | 'PAGE', slug: string): string {
  const section = kind === 'ROADMAP' ? 'roadmaps' : kind === 'QUICK_WIN' ? 'quick-wins' : 'kennis';
  return `/openbaar/${section}/${slug}`;
}
