import { getToken } from '../auth/tokenStorage';

/** The separators the CSV exports offer (server/http/csv.ts): comma, or semicolon for Excel in Dutch. */
export type CsvSeparator = 'comma' | 'semicolon';

/** A refused or failed download, with the server's stable error code. */
export class DownloadError extends Error {
  constructor(readonly code: string) {
    super(`Download failed: ${code}`);
  }
}

/** The file name the server gives in Content-Disposition, else `fallback`. */
function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Downloads an `/export/...` file with the signed-in person's token in the Authorization header and
 * saves it from a Blob. The session token is a long-lived bearer token in localStorage: in a URL it
 * would land in the browser history, server logs and proxies, so it is never put there.
 */
export async function downloadExport(
  path: string,
  params: Record<string, string | undefined>,
  fallbackName: string,
): Promise<string> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const token = getToken();
  const response = await fetch(`${path}${query.size ? `?${query}` : ''}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new DownloadError(body?.error?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  const filename = filenameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium reads the Blob when the click's download starts.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return filename;
}
