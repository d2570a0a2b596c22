/**
 * The data folder's basemap (see $lib/basemap), copied into the build under /basemap/ as
 * plain files: any static host serves them, and none of them is ever a request to another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basemapFiles, basemapFolder } from '$lib/server/basemap/folder';
import { dataDir } from '$lib/server/data';

export const prerender = true;

export const entries = () => basemapFiles(dataDir()).map((path) => ({ path }));

const TYPES: Record<string, string> = {
	json: 'application/json',
	pbf: 'application/x-protobuf',
	png: 'image/png'
};

export function GET({ params }) {
	const body = readFileSync(join(basemapFolder(dataDir()), params.path));
	const type = TYPES[params.path.split('.').pop() ?? ''] ?? 'application/octet-stream';
	return new Response(body, { headers: { 'content-type': type } });
}
