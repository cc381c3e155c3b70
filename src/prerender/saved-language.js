// A page in one language, opened by someone who chose another and saved it on this device (a
// link shared by a friend who reads Mandarin, opened by someone who reads Tibetan): go to the
// same screen's page in the saved language at once. A `lang` in the link still wins.
(function () {
  if (/[?&]lang=/.test(location.search)) return;
  var saved;
  try { saved = JSON.parse(localStorage.getItem('anxin')).settings.lang; } catch (e) { return; }
  if (__LOCALES__.indexOf(saved) < 0 || saved === document.documentElement.lang) return;
  var file = location.pathname.split('/').pop() || 'index.html';
  location.replace(saved + '/' + file + location.search + location.hash);
})();
