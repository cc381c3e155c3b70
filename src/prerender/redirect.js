// The app's root page is Mandarin home. A link in the contract's query form
// (?lang=bo&view=case:agent-surrender), a language saved on this device or the phone's own
// language may ask for another page: go to that page's prerendered file at once, so its text
// shows before (or without) the app. Mirrors model::link and Locale::from_tag; a value it cannot
// read leaves the page to the app, which tells the person. Only `view` leaves the query (the
// page's path says it); a `lang` stays, as it keeps winning over a saved language.
(function () {
  var views = __VIEWS__;
  function locale(tag) {
    if (!/^[A-Za-z0-9_-]{1,35}$/.test(tag || '')) return null;
    var parts = tag.toLowerCase().split(/[-_]/);
    if (parts[0] === 'zh' && parts.indexOf('yue') > 0) return 'yue';
    if (parts[0] === 'zh' || parts[0] === 'cmn') return 'zh-Hans';
    return parts[0] === 'yue' || parts[0] === 'bo' || parts[0] === 'ug' ? parts[0] : null;
  }
  function decode(text) {
    try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (e) { return null; }
  }
  var lang = null, view = null, kept = [];
  var parts = location.search.replace(/^\?/, '').split('&');
  for (var i = 0; i < parts.length; i++) {
    if (!parts[i]) continue;
    var name = decode(parts[i].split('=')[0]), value = decode(parts[i].split('=').slice(1).join('='));
    if (name === 'lang') {
      lang = locale(value);
      if (!lang) return;
      kept.push(parts[i]);
    } else if (name === 'view') {
      view = value && value.replace(/^\s+|\s+$/g, '');
      if (views.indexOf(view) < 0) return;
    } else {
      kept.push(parts[i]);
    }
  }
  if (!lang) {
    try { lang = locale(JSON.parse(localStorage.getItem('anxin')).settings.lang); } catch (e) { lang = null; }
  }
  var preferred = navigator.languages || [navigator.language];
  for (var j = 0; !lang && j < preferred.length; j++) lang = locale(preferred[j]);
  lang = lang || 'zh-Hans';
  view = view || 'home';
  if (lang === 'zh-Hans' && view === 'home') return;
  var file = view === 'home' ? 'index' : view.replace(':', '.');
  location.replace(lang + '/' + file + '.html' + (kept.length ? '?' + kept.join('&') : '') + location.hash);
})();
