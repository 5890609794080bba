// A GET with the path sent byte for byte: URL classes would resolve "..", "%2e%2e" and bad escapes
// before the server ever saw them.
import http from 'node:http';
import net from 'node:net';

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

/**
 * A request written byte for byte on a new connection, for what Node.js's client refuses to send
 * (control characters in a header, raw non-ASCII, `*` or an absolute URL as the target), and the
 * answer as it came back. The connection closes after one answer.
 */
export function rawBytes(baseURL: string, request: string | Buffer): Promise<RawResponse> {
  const {hostname, port} = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no complete answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headerList = lines.map((line) => ({name: line.slice(0, line.indexOf(':')), value: line.slice(line.indexOf(':') + 1).trim()}));
      const headers: http.IncomingHttpHeaders = Object.fromEntries(headerList.map(({name, value}) => [name.toLowerCase(), value]));
      resolve({status: Number(statusLine.split(' ')[1]), headers, headerList, body: Buffer.from(text.slice(end + 4), 'latin1').toString('utf8')});
    });
  });
}
