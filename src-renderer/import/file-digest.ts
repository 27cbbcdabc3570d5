/**
 * A file's SHA-256 as lowercase hex, by the platform's native digest
 * (WebCrypto). The same value `parseEdition` computes in pure JavaScript,
 * at a fraction of the cost: hashing was 4% of the renderer's time in an
 * import (bench:import).
 */
export async function fileSha256(bytes: Uint8Array): Promise<string> {
  // A file's bytes never live in a SharedArrayBuffer, which is all the wider type allows beyond BufferSource.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
