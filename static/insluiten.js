/*
 * Mantelzorgkaart: makes an embedded kaart as tall as its content.
 *
 *   <iframe src="https://KAART/insluiten" title="…" style="width:100%;height:40rem;border:0"></iframe>
 *   <script src="https://KAART/insluiten.js" async></script>
 *
 * The kaart page sends its height with postMessage. This script accepts only messages from
 * the kaart's own origin (the origin this script was loaded from), only in the expected
 * shape, and only for the iframe that sent it. Without this script the iframe keeps its
 * own height and scrolls.
 */
(function () {
	var script = document.currentScript;
	if (!script || !script.src) return;
	var kaart = new URL(script.src).origin;
	var MAX_HEIGHT = 100000;

	window.addEventListener('message', function (event) {
		if (event.origin !== kaart) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'mantelzorgkaart:hoogte') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 0) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + 'px';
			}
		}
	});
})();
