/**
 * Finds nginx for the test of the README's nginx example: NGINX_PATH, else Debian's
 * /usr/sbin/nginx; on Debian as root it installs Debian's nginx, like find-chrome.js does
 * for Chromium.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_NGINX = '/usr/sbin/nginx';

export function findNginx() {
	if (process.env.NGINX_PATH) {
		if (existsSync(process.env.NGINX_PATH)) return process.env.NGINX_PATH;
		throw new Error(`NGINX_PATH wijst naar ${process.env.NGINX_PATH}, maar daar staat geen nginx.`);
	}
	if (existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
	const isDebian = existsSync('/etc/debian_version');
	const isRoot = process.getuid?.() === 0;
	if (isDebian && isRoot) {
		console.log('Geen nginx gevonden: Debian-pakket nginx wordt geïnstalleerd met apt-get…');
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', {
			stdio: 'inherit'
		});
		if (existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
	}
	throw new Error(
		'Geen nginx gevonden: de test van het nginx-voorbeeld uit de README heeft het nodig. ' +
			'Installeer het (Debian: sudo apt-get install nginx) of zet NGINX_PATH op het pad van nginx.'
	);
}
