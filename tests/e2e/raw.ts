// A GET with the path sent byte for byte: URL classes would resolve "..", "%2e%2e" and bad escapes
// before the server ever saw them.
import http from 'node:http';

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every header line as sent, duplicates kept. */
  headerList: {name: string; value: string}[];
  body: string;
};

export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(baseURL, path, 'GET', headers);
}

export function rawRequest(baseURL: string, path: string, method: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const {hostname, port} = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({hostname, port, path, method, headers}, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          headerList: response.rawHeaders.flatMap((name, i) => (i % 2 === 0 ? [{name, value: response.rawHeaders[i + 1]}] : [])),
          body: Buffer.concat(chunks).toString('utf8')
        })
      );
    });
    request.on('error', reject);
    request.end();
  });
}
