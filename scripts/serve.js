/**
 * Serves the static build on 127.0.0.1 the way a plain static host would:
 * /aanbod/x is build/aanbod/x.html, no server-side logic.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

export function serveBuild({ dir = 'build', port = 0, host = '127.0.0.1' } = {}) {
	const assets = sirv(dir, {
		extensions: ['html'],
		gzip: false,
		etag: true,
		dev: false,
		// The basemap's vector tiles (npm run data:basemap): sirv does not know .pbf.
		setHeaders: (res, path) => {
			if (path.endsWith('.pbf')) res.setHeader('content-type', 'application/x-protobuf');
		}
	});
	const server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('Deze pagina bestaat niet.');
		})
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			resolve({
				server,
				url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`
			});
		});
	});
}
