/**
 * Finds a Chromium for tests and benchmarks: CHROME_PATH, else /usr/bin/chromium; on
 * Debian as root it installs Debian's chromium (browsers cannot be downloaded here).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that headless Chromium needs on this kind of machine; WebGL still works through SwiftShader. */
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];

export function findChrome() {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(
			`CHROME_PATH wijst naar ${process.env.CHROME_PATH}, maar daar staat geen browser.`
		);
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	const isDebian = existsSync('/etc/debian_version');
	const isRoot = process.getuid?.() === 0;
	if (isDebian && isRoot) {
		console.log('Geen Chromium gevonden: Debian-pakket chromium wordt geïnstalleerd met apt-get…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
		if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	}
	throw new Error(
		'Geen Chromium gevonden. Installeer er een (Debian: sudo apt-get install chromium) ' +
			'of zet CHROME_PATH op het pad van een Chromium of Chrome.'
	);
}
