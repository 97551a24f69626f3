/** What the upload endpoint answers. */
export type UploadResult = { uploadId: string } | { error: { code: string; reason?: string } };

/**
 * Sends a file to `POST /api/imports` as the raw body, with the session cookie (same origin).
 * The content type makes it a request other sites cannot send without a preflight.
 */
export async function uploadImportFile(file: File): Promise<UploadResult> {
  const res = await fetch(`/api/imports?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  try {
    return (await res.json()) as UploadResult;
  } catch {
    return { error: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}
