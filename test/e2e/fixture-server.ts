/**
 * The fixture web server of the e2e tests: one local port that speaks both HTTPS (self-signed certificate made at
 * start with openssl) and plain HTTP (the first byte of a connection tells them apart), and serves
 * `test/fixtures/web/<hostname>/<path>` by the request's Host, falling back to `test/fixtures/web/_default/<path>`.
 *
 * Response headers per file: a sidecar `<file>.headers.json` next to the file (e.g. `{"Content-Security-Policy":
 * "script-src 'self'"}`), or `setHeaders(host, path, headers)` at run time (wins over the sidecar; host '*' = any).
 * A path ending in `/` serves `index.html`. Unknown paths answer 404 with a small HTML page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { Duplex } from 'node:stream';

export const FIXTURE_WEB_ROOT = resolve(import.meta.dirname, '../fixtures/web');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.eml': 'message/rfc822',
	'.apk': 'application/vnd.android.package-archive',
	'.exe': 'application/octet-stream',
};

export interface RequestRecord {
	host: string;
	path: string;
	method: string;
	status: number;
	/** Headers as sent by the browser (lower-case names). */
	headers: http.IncomingHttpHeaders;
	secure: boolean;
	at: number;
}

export interface FixtureServer {
	port: number;
	/** Every request served since start (or since `clearRequests()`), in order: lets a test prove no extra requests. */
	requests: RequestRecord[];
	clearRequests(): void;
	/** Extra response headers for `host` ('*' for any) and `path` (exact, e.g. '/chat.html'). */
	setHeaders(host: string, path: string, headers: Record<string, string>): void;
	/** Serves `body` for host+path instead of a file (host '*' for any). */
	setResponse(host: string, path: string, body: string | Buffer, headers?: Record<string, string>): void;
	close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
	const dir = mkdtempSync(join(tmpdir(), 'refund-guard-cert-'));
	try {
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'ec',
				'-pkeyopt',
				'ec_paramgen_curve:prime256v1',
				'-nodes',
				'-days',
				'2',
				'-subj',
				'/CN=refund-guard-fixtures',
				'-addext',
				'subjectAltName=DNS:localhost,IP:127.0.0.1',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem'),
			],
			{ stdio: 'ignore' },
		);
		return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function resolveFile(host: string, path: string): string | null {
	const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
	const withIndex = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
	for (const base of [join(FIXTURE_WEB_ROOT, host), join(FIXTURE_WEB_ROOT, '_default')]) {
		const file = resolve(base, withIndex);
		if (!file.startsWith(`${base}/`) && file !== base) continue; // no escaping the fixture root
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

function sidecarHeaders(file: string): Record<string, string> {
	const sidecar = `${file}.headers.json`;
	return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>) : {};
}

export async function startFixtureServer(
	options: { port?: number; host?: string } = {},
): Promise<FixtureServer> {
	const requests: RequestRecord[] = [];
	const extraHeaders = new Map<string, Record<string, string>>();
	const overrides = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
	const lookup = <T>(map: Map<string, T>, host: string, path: string): T | undefined =>
		map.get(`${host}${path}`) ?? map.get(`*${path}`);

	const handler: http.RequestListener = (req, res) => {
		const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '').toLowerCase();
		const url = new URL(req.url ?? '/', 'http://x');
		const path = url.pathname;
		const record = (status: number) =>
			requests.push({
				host,
				path: `${path}${url.search}`,
				method: req.method ?? 'GET',
				status,
				headers: req.headers,
				secure: (req.socket as { encrypted?: boolean }).encrypted === true,
				at: Date.now(),
			});
		const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
		const override = lookup(overrides, host, path);
		if (override) {
			Object.assign(headers, override.headers, lookup(extraHeaders, host, path));
			res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : override.body);
			record(200);
			return;
		}
		const file = resolveFile(host, path);
		if (!file) {
			res
				.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
				.end('<!doctype html><title>404</title>');
			record(404);
			return;
		}
		headers['Content-Type'] = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		Object.assign(headers, sidecarHeaders(file), lookup(extraHeaders, host, path));
		res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : readFileSync(file));
		record(200);
	};

	const tlsServer = https.createServer(makeCertificate(), handler);
	const plainServer = http.createServer(handler);
	// One port for both schemes: a TLS connection starts with a handshake record (0x16). The TLS server gets a
	// stream wrapper because a TLS socket reads the raw socket's handle directly and would miss the peeked bytes.
	const front = net.createServer((socket) => {
		socket.on('error', () => socket.destroy());
		socket.once('data', (first) => {
			if (first[0] !== 0x16) {
				socket.pause();
				socket.unshift(first);
				plainServer.emit('connection', socket);
				socket.resume();
				return;
			}
			const stream = new Duplex({
				read: () => {
					socket.resume();
				},
				write: (chunk, encoding, done) => {
					socket.write(chunk, encoding, done);
				},
				final: (done) => {
					socket.end(done);
				},
				destroy: (error, done) => {
					socket.destroy();
					done(error);
				},
			});
			stream.push(first);
			socket.on('data', (chunk) => {
				if (!stream.push(chunk)) socket.pause();
			});
			socket.on('end', () => stream.push(null));
			socket.on('close', () => stream.destroy());
			tlsServer.emit('connection', stream);
		});
	});
	await new Promise<void>((done, fail) => {
		front.once('error', fail);
		front.listen(options.port ?? 0, options.host ?? '127.0.0.1', done);
	});
	const address = front.address();
	if (address === null || typeof address === 'string') throw new Error('fixture server has no port');

	return {
		port: address.port,
		requests,
		clearRequests: () => {
			requests.length = 0;
		},
		setHeaders: (host, path, headers) => {
			extraHeaders.set(`${host}${path}`, headers);
		},
		setResponse: (host, path, body, headers = {}) => {
			overrides.set(`${host}${path}`, {
				body,
				headers: {
					'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'text/html; charset=utf-8',
					...headers,
				},
			});
		},
		close: async () => {
			tlsServer.closeAllConnections();
			plainServer.closeAllConnections();
			await new Promise<void>((done) => front.close(() => done()));
		},
	};
}
