// The page's web fonts (static/fonts.css: __PRELOAD__, [local sources, file]) are preloaded
// unless the phone has the font itself. Once the app has started, and whenever the language
// changes, the full fonts of the page's language (__FULL__, [language, family, weight,
// sources, range]: Tibetan, whose page font has only the glyphs of the app's text) load and are
// then added under the page fonts' names, which puts them first: they draw text the app's
// messages do not have (a name someone types), and the app's own text exactly as before.
(function (preload, full) {
  var fonts = document.fonts, html = document.documentElement;
  if (!fonts || !window.FontFace) return;
  preload.forEach(function (font) {
    new FontFace('anxin-local', font[0]).load().catch(function () {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'font';
      link.type = 'font/woff2';
      link.crossOrigin = 'anonymous';
      link.href = font[1];
      document.head.appendChild(link);
    });
  });
  function load() {
    full.forEach(function (font) {
      if (font[0] !== html.lang || font.started) return;
      font.started = true;
      var face = new FontFace(font[1], font[3], { weight: String(font[2]), unicodeRange: font[4], display: 'swap' });
      face.load().then(function () { fonts.add(face); }, function () {});
    });
  }
  addEventListener('TrunkApplicationStarted', function () {
    load();
    new MutationObserver(load).observe(html, { attributes: true, attributeFilter: ['lang'] });
  });
})(__PRELOAD__, __FULL__);
