/**
 * The README's nginx example, tested for real: nginx (a child process with its own prefix,
 * configuration and port) serves build/ with exactly the ```nginx blocks of README.md, read
 * at test time so the README cannot drift from what is tested. The only change is the
 * gemeente's example address, replaced by a test origin that may show /insluiten.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { offers } from './example-data';

const { newVisit } = useBrowser();

const README_ORIGIN = 'https://www.uwgemeente.nl';
const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```nginx\n([\s\S]*?)```/g)].map(
	(match) => match[1]!
);

let prefix = '';
let nginx: ChildProcess | undefined;
let origin = '';
/** The same rules serving the fixture site with a basemap (tests/fixtures/sites/straten). */
let basemapOrigin = '';
const BASEMAP_BUILD = 'build-fixtures/straten';
let allowed: { server: Server; origin: string };
let refused: { server: Server; origin: string };

/** A page on another site that shows the kaart's /insluiten in an iframe. */
function hostSite(): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		// Browsers ask every site for its icon; this one has none, and says so without an error.
		if (req.url !== '/') {
			res.writeHead(204).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="nl"><head><title>Gemeente</title></head><body>` +
				`<iframe src="${origin}/insluiten?hulp=respijtzorg" title="Mantelzorgkaart"></iframe></body></html>`
		);
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () =>
			done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
		)
	);
}

/** Resolves once nginx answers; it starts in well under a second, so this is a bound, not a wait. */
async function answering(): Promise<void> {
	for (let attempt = 0; attempt < 200; attempt++) {
		if (
			await get('/').then(
				(answer) => answer.status === 200,
				() => false
			)
		)
			return;
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error('nginx antwoordt niet');
}

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as AddressInfo;
	await new Promise((done) => probe.close(done));
	return port;
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A plain HTTP request (fetch would unpack gzip and hide what the server sent). */
function get(path: string, headers: Record<string, string> = {}, base = origin): Promise<Answer> {
	return new Promise((done, fail) => {
		request(base + path, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		})
			.on('error', fail)
			.end();
	});
}

beforeAll(async () => {
	expect(blocks.length, 'README.md has the site block and the /insluiten block').toBe(2);
	expect(blocks[1]).toContain(README_ORIGIN);
	const nginxPath = process.env.NGINX_PATH;
	if (!nginxPath) throw new Error('NGINX_PATH ontbreekt: start de tests met npm run test:e2e.');

	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	const basemapPort = await freePort();
	basemapOrigin = `http://127.0.0.1:${basemapPort}`;
	[allowed, refused] = await Promise.all([hostSite(), hostSite()]);

	prefix = mkdtempSync(join(tmpdir(), 'mantelzorgkaart-nginx-'));
	const mimeTypes = ['/etc/nginx/mime.types', join(nginxPath, '../../conf/mime.types')].find(
		existsSync
	);
	if (!mimeTypes) throw new Error('mime.types van nginx niet gevonden');
	copyFileSync(mimeTypes, join(prefix, 'mime.types'));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((name) => `${name}_temp_path ${join(prefix, name)};`)
		.join('\n');
	writeFileSync(
		join(prefix, 'nginx.conf'),
		`daemon off;
master_process on;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
	include mime.types;
	default_type application/octet-stream;
	access_log off;
	${temp}
	server {
		listen 127.0.0.1:${port};
		root ${resolve('build')};
		${blocks[0]}
		${blocks[1]!.replaceAll(README_ORIGIN, allowed.origin)}
	}
	server {
		listen 127.0.0.1:${basemapPort};
		root ${resolve(BASEMAP_BUILD)};
		${blocks[0]}
	}
}
`
	);
	nginx = spawn(
		nginxPath,
		['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
		{
			stdio: ['ignore', 'inherit', 'inherit']
		}
	);
	const exited = new Promise<never>((_, fail) =>
		nginx!.once('exit', (code) =>
			fail(new Error(`nginx stopte (${code}): ${readFileSync(join(prefix, 'error.log'), 'utf8')}`))
		)
	);
	await Promise.race([exited, answering()]);
});

afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const stopped = new Promise((done) => nginx!.once('exit', done));
		nginx.kill('SIGQUIT');
		await stopped;
	}
	await Promise.all(
		[allowed, refused]
			.filter(Boolean)
			.map(({ server }) => new Promise((done) => server.close(done)))
	);
	if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const securityHeaders = {
	'strict-transport-security': 'max-age=31536000',
	'cross-origin-opener-policy': 'same-origin',
	'referrer-policy': 'no-referrer',
	'x-content-type-options': 'nosniff',
	'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'
};

describe("the README's nginx example", () => {
	it('sends the security headers and frame-ancestors self on pages', async () => {
		for (const path of ['/', '/kaart', '/resultaten?hulp=respijtzorg']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(200);
			expect(answer.headers, path).toMatchObject({
				...securityHeaders,
				'content-security-policy': "frame-ancestors 'self'"
			});
		}
	});

	it('finds pages without .html: a language start page, an offer, the embed; 404 for the rest', async () => {
		const english = await get('/en');
		expect(english.status).toBe(200);
		expect(english.body.toString()).toContain('<html lang="en"');
		const offer = offers.find((o) => o.kind === 'lotgenotengroep') ?? offers[0]!;
		const page = await get(`/aanbod/${offer.id}`);
		expect(page.status).toBe(200);
		expect(page.body.toString()).toContain(offer.name.replaceAll('&', '&amp;'));
		expect((await get('/en/insluiten')).status).toBe(200);
		expect((await get('/bestaat-niet')).status).toBe(404);
	});

	it('never lets the service worker be cached, and keeps the security headers on it', async () => {
		const answer = await get('/service-worker.js');
		expect(answer.status).toBe(200);
		expect(answer.headers['cache-control']).toBe('no-cache');
		expect(answer.headers['content-type']).toMatch(/javascript/);
		expect(answer.headers).toMatchObject(securityHeaders);
	});

	it("serves the map's .mjs worker as JavaScript", async () => {
		const assets = 'build/_app/immutable/assets';
		const worker = readdirSync(assets).find((name) => name.endsWith('.mjs'));
		expect(worker).toBeDefined();
		const answer = await get(`/_app/immutable/assets/${worker}`);
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
		expect(answer.headers).toMatchObject(securityHeaders);
	});

	it('sends the precompressed gzip file to a browser that accepts gzip', async () => {
		const zipped = await get('/kaart', { 'accept-encoding': 'gzip' });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(zipped.body).toString()).toBe(readFileSync('build/kaart.html', 'utf8'));
		const plain = await get('/kaart');
		expect(plain.headers['content-encoding']).toBeUndefined();
	});

	it('serves the basemap: tiles as gzipped application/x-protobuf, the style as JSON', async () => {
		expect(existsSync(BASEMAP_BUILD), 'npm run build:fixtures -- straten').toBe(true);
		// The largest tile: nginx leaves a tile under 20 bytes uncompressed.
		const tiles = `${BASEMAP_BUILD}/basemap`;
		const path = readdirSync(`${tiles}/tiles`, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.pbf'))
			.map((name) => `tiles/${name}`)
			.sort((a, b) => statSync(`${tiles}/${b}`).size - statSync(`${tiles}/${a}`).size)[0]!;
		const tile = await get(`/basemap/${path}`, { 'accept-encoding': 'gzip' }, basemapOrigin);
		expect(tile.status).toBe(200);
		expect(tile.headers['content-type']).toBe('application/x-protobuf');
		expect(tile.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(tile.body)).toEqual(readFileSync(`${tiles}/${path}`));
		expect(tile.headers).toMatchObject(securityHeaders);
		const style = await get('/basemap/style.json', {}, basemapOrigin);
		expect(style.headers['content-type']).toBe('application/json');
		expect(JSON.parse(style.body.toString()).sources).toBeDefined();
	});

	it('keeps Permissions-Policy and the other headers on /insluiten, with the allowed sites', async () => {
		for (const path of ['/insluiten', '/en/insluiten', '/ar/insluiten']) {
			const answer = await get(path);
			expect(answer.headers, path).toMatchObject({
				...securityHeaders,
				'content-security-policy': `frame-ancestors 'self' ${allowed.origin}`
			});
		}
	});

	/** A page of the given site with the harness's checks; `refusal` is the console error expected. */
	async function framedBy(
		site: string,
		refusal?: RegExp
	): Promise<{ page: Page; problems: string[] }> {
		const { context } = await newVisit();
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !refusal?.test(message.text()))
				problems.push(`console error: ${message.text()}`);
		});
		await page.goto(site);
		return { page, problems };
	}

	it('lets the allowed site show /insluiten in an iframe', async () => {
		const { page, problems } = await framedBy(allowed.origin);
		const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
		await frame.waitForSelector('body[data-hydrated]', { state: 'attached' });
		expect(await frame.locator('li[data-offer-id]').count()).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('refuses /insluiten in an iframe on any other site', async () => {
		const { page, problems } = await framedBy(refused.origin, /frame-ancestors/);
		await page.waitForLoadState('load');
		const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
		expect(frame.url()).not.toContain('/insluiten');
		expect(await frame.locator('li[data-offer-id]').count()).toBe(0);
		expect(problems).toEqual([]);
	});
});
