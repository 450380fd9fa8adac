/** Turns the timeline's SVG element into downloadable files, in the browser. */

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** A file name from a title: `roadmap-digitale-agenda`. */
export function fileNameOf(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `roadmap-${base || 'tijdlijn'}`;
}

/** Downloads the SVG as it is drawn (it carries its own styles). */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

/** Draws the SVG on a canvas at twice its size (sharp on slides) and downloads that as PNG. */
export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const image = new Image();
  // A data: URL, not a blob: one: the Content-Security-Policy allows images from 'self' and data:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${fileName}.png`);
}
