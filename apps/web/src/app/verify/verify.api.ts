import { API } from '@peerpath/contracts';
import { apiResource } from '@peerpath/web/platform/api-client';

/** The public answer for one certificate; nothing is asked while `code` is undefined. */
export function verificationResource(code: () => string | undefined) {
  return apiResource(API.verifyCertificate, () => {
    const given = code();
    return given ? { params: { code: given } } : undefined;
  });
}
