// A page of a build made without a partner file, in a deployment where one may have been
// dropped in since: the page is drawn once that file has been read, so a partner's colours are
// there from its first frame (the app takes the class away once it has applied them). The
// general build's own `null`, a missing file or an error show the page at once, a slow answer
// after a second at most: never a blank page for long on a slow connection. The class is
// theme::PARTNER_WAIT_CLASS; the theme hides the page while it is there.
(function () {
  var html = document.documentElement, name = '__PARTNER_WAIT_CLASS__';
  if (!window.fetch || !html.classList) return;
  var show = function () { html.classList.remove(name); };
  html.classList.add(name);
  setTimeout(show, 1000);
  fetch('partner.json', { cache: 'no-cache' })
    .then(function (response) { return response.ok ? response.text() : 'null'; })
    .then(function (text) { if (/^\s*null\s*$/.test(text)) show(); }, show);
})();
