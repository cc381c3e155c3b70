// Anxin's embed loader, served as /embed.js (bin/prerender fills in the route table and the
// locales). A host page includes it and writes <div data-anxin data-mode="card|full|popup">;
// each such element gets an iframe of the deployment's page for its view (EMBEDDING.md).
// Plain ES5-style code on purpose: old WeChat and Android WebViews run it as it is, unbundled.
(function () {
  'use strict';
  // Included twice (a CMS, a tag manager): the first copy stays in charge.
  if (window.Anxin && window.Anxin.loaded) {
    window.Anxin.scan();
    return;
  }
  // The calls the page made before this script arrived, through the snippet's stub
  // (EMBEDDING.md): replayed, in order, once the real API is in place.
  var early = (window.Anxin && window.Anxin.q) || [];
  var ROUTES = __ANXIN_ROUTES__;
  var LOCALES = __ANXIN_LOCALES__;
  // The overlay's looks: the host page has no stylesheet of ours, so these are inline. No
  // transition anywhere, so prefers-reduced-motion needs nothing more.
  var Z = 2147483000;
  var BACKDROP = 'rgba(0,0,0,.55)';
  var MARGIN = 12; // px between the popup and the visual viewport's edges
  var BAR = 48; // the close button's row: a 48 px target
  var CARD_WIDTH = 420;
  var FULL_WIDTH = 760;
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;
  // The contract's names and the card rule, written by the build from the Rust that sends and
  // obeys them (model::embed's EVENT_TYPES and COMMAND_TYPES; the route table's cards, each
  // under the name of what it briefs: daily → daily-card).
  var EVENTS = __ANXIN_EVENTS__;
  var COMMANDS = __ANXIN_COMMANDS__;
  var CARDS = __ANXIN_CARDS__;
  // The popup's own close button's name in each language (the app's `embed-close`).
  var CLOSE = __ANXIN_CLOSE__;
  var WATCHED = ['data-lang', 'data-elder', 'data-view', 'data-mode', 'data-title', 'data-anxin'];

  // The deployment is wherever this script came from; async and defer keep currentScript.
  var me = document.currentScript;
  if (!me) {
    var all = document.querySelectorAll('script[src*="embed"]');
    me = all[all.length - 1];
  }
  var src = me ? me.src.replace(/[?#].*$/, '') : '';
  var BASE = src.replace(/[^\/]*$/, '');
  var ORIGIN = (/^https?:\/\/[^\/]+/i.exec(BASE) || [''])[0].toLowerCase();
  if (!ORIGIN) {
    warn('cannot tell the deployment from this script\'s URL; nothing is embedded');
    return;
  }

  var embeds = [];
  var listeners = {};

  function warn(text) {
    if (window.console) console.warn('Anxin: ' + text);
  }

  function has(list, value) {
    return list.indexOf(value) >= 0;
  }

  // The route of a view a host names (`data-view`, `navigate`), in the card form where `card`
  // wants one and the view has it (a card is a screen of its own, CARDS names it: right-card,
  // daily-card); null for a view that is none, or whose item does not exist.
  function routeOf(view, card) {
    var m = /^([a-z]+)(?::([a-z0-9-]+))?$/.exec(String(view));
    // daily is a card only; in the full app it is on home.
    if (m && !card && m[1] === 'daily') m = ['home', 'home'];
    var carded = !!m && card && CARDS.hasOwnProperty(m[1]);
    var kind = m && (carded ? CARDS[m[1]] : m[1]);
    var route = kind && ROUTES.hasOwnProperty(kind) && ROUTES[kind];
    var id = m && m[2];
    if (!route || (route.items ? !id || !has(route.items, id) : !!id)) return null;
    return { page: route.page + (id ? '.' + id : ''), card: carded };
  }

  // The path of a view's page for a mode. An unknown view falls back (home in full, daily
  // otherwise) and says so; so does a view with no card form in card mode.
  function pagePath(view, mode) {
    var fallback = mode === 'full' ? 'home' : 'daily';
    var route = routeOf(view || fallback, mode !== 'full');
    if (!route || (mode === 'card' && !route.card)) {
      warn('unknown data-view "' + view + '" for mode ' + mode + '; showing ' + fallback);
      return pagePath(fallback, mode);
    }
    return { path: route.page + '.html', card: route.card };
  }

  function locale(tag) {
    tag = String(tag || '').toLowerCase();
    for (var i = 0; i < LOCALES.length; i++) if (LOCALES[i].toLowerCase() === tag) return LOCALES[i];
    return null;
  }

  // The path's language is only a default: the frame follows the person's saved choice, then
  // hl, then the browser. So the loader never adds lang=, which would beat the saved choice.
  function frameUrl(p) {
    var el = p.el;
    var mode = p.mode;
    var lang = el.getAttribute('data-lang');
    var elder = el.getAttribute('data-elder');
    var page = pagePath(el.getAttribute('data-view'), mode);
    p.wide = !page.card;
    return BASE + (locale(lang) || 'zh-Hans') + '/' + page.path +
      '?embed=' + mode + '&host=' + encodeURIComponent(location.origin) +
      (lang ? '&hl=' + encodeURIComponent(lang) : '') +
      // The contract's elder=, so 长辈版 is there at the first paint rather than a jump later.
      (elder === '1' || elder === '0' ? '&elder=' + elder : '') +
      (el.getAttribute('data-learn-more') === 'top' ? '&nav=top' : '');
  }

  function css(node, text) {
    node.style.cssText = text;
    return node;
  }

  function make(tag, text) {
    return css(document.createElement(tag), text || '');
  }

  // No sandbox: the app needs its own origin's storage and scripts (EMBEDDING.md says why).
  function makeFrame(p) {
    var f = make('iframe', 'border:0;width:100%;display:block;color-scheme:light;height:' +
      (p.mode === 'full' ? 480 : 200) + 'px');
    f.title = p.el.getAttribute('data-title') || '安心';
    f.setAttribute('allow', '');
    f.setAttribute('referrerpolicy', 'no-referrer');
    f.src = frameUrl(p);
    p.frame = f;
    return f;
  }

  function add(el) {
    var mode = el.getAttribute('data-mode') || 'card';
    if (!has(['card', 'full', 'popup'], mode)) {
      warn('unknown data-mode "' + mode + '"; using card');
      mode = 'card';
    }
    var p = { el: el, mode: mode, ready: false, queue: [], seen: {} };
    WATCHED.forEach(function (name) { p.seen[name] = el.getAttribute(name); });
    embeds.push(p);
    if (mode === 'popup') return launcher(p);
    el.appendChild(makeFrame(p));
  }

  function find(target) {
    if (typeof target === 'string') target = document.getElementById(target);
    for (var i = 0; i < embeds.length; i++) if (embeds[i].el === target) return embeds[i];
    return null;
  }

  // The embeds a call is for: one (element or id), or all of them.
  function targets(target) {
    scan();
    if (target == null) return embeds.slice();
    var p = find(target);
    if (!p) warn('no embed for ' + target);
    return p ? [p] : [];
  }

  function scan() {
    embeds = embeds.filter(function (p) {
      if (document.documentElement.contains(p.el)) return true;
      if (p.overlay && p.overlay.parentNode) p.overlay.parentNode.removeChild(p.overlay);
      if (p.open) unlock(p);
      return false;
    });
    var found = document.querySelectorAll('[data-anxin]');
    for (var i = 0; i < found.length; i++) if (!find(found[i])) add(found[i]);
  }

  // Events go to the listeners of their type and of '*'; one failing listener stops no other.
  function emit(p, type, data) {
    var info = { type: type, element: p.el, frame: p.frame };
    (listeners[type] || []).concat(listeners['*'] || []).forEach(function (fn) {
      call(fn, data, info);
    });
  }

  function call(fn, data, info) {
    try {
      fn(data, info);
    } catch (error) {
      setTimeout(function () { throw error; });
    }
  }

  function post(p, type, data) {
    p.frame.contentWindow.postMessage({ source: 'anxin', v: 1, type: type, data: data }, ORIGIN);
  }

  function send(p, type, data) {
    if (p.mode === 'popup' && type === 'close') return hide(p, true);
    // navigate takes what data-view takes, and says so as data-view does.
    if (type === 'navigate' && !(data && routeOf(data.view, !p.wide))) {
      return warn('unknown view "' + (data && data.view) + '" for navigate; nothing sent');
    }
    // A frame showing a card goes to the card of what it is sent to, where there is one.
    var m = type === 'navigate' && !p.wide && data && /^([a-z]+)(:.*)?$/.exec(data.view);
    if (m && CARDS.hasOwnProperty(m[1])) data = { view: CARDS[m[1]] + (m[2] || '') };
    if (p.ready) post(p, type, data);
    else p.queue.push([type, data]);
  }

  // Only our frames' windows, only from the deployment's origin, only our envelope.
  addEventListener('message', function (e) {
    var p = null;
    for (var i = 0; i < embeds.length; i++) {
      if (embeds[i].frame && embeds[i].frame.contentWindow === e.source) p = embeds[i];
    }
    var m = e.data;
    if (!p || e.origin !== ORIGIN || !m || typeof m !== 'object' || m.source !== 'anxin' || m.v !== 1) return;
    var data = m.data;
    if (!has(EVENTS, m.type) || !data || typeof data !== 'object' || Array.isArray(data)) return;
    if (m.type === 'ready') {
      p.ready = true;
      var queued = p.queue;
      p.queue = [];
      queued.forEach(function (c) { post(p, c[0], c[1]); });
      // From now on the frame's own close control (in its language and type size) is the
      // popup's one; the loader's × was there for while the page was coming.
      if (p.bar) {
        p.bar.style.display = 'none';
        if (p.open) place(p);
      }
      // Focus given to the frame before its page was there is given again, into the page.
      if (open === p && document.activeElement === p.frame) p.frame.contentWindow.focus();
    } else if (m.type === 'resize') {
      if (typeof data.height !== 'number' || !isFinite(data.height)) return;
      resize(p, data.height);
    } else if (m.type === 'close' && p.mode === 'popup') {
      // A popup says close once, when it goes; a close the frame echoes is not news.
      return hide(p, false);
    }
    emit(p, m.type, data);
  });

  // Auto-height: at most every 50 ms, in an animation frame, clamped; the popup's never
  // taller than the visual viewport (its frame scrolls instead).
  function resize(p, height) {
    p.height = height;
    if (p.timer) return;
    p.timer = setTimeout(function () {
      requestAnimationFrame(function () {
        p.timer = null;
        p.last = Date.now();
        fit(p);
      });
    }, Math.max(0, (p.last || 0) + 50 - Date.now()));
  }

  function fit(p) {
    if (!p.frame || p.height == null) return;
    var h = Math.max(MIN_HEIGHT, Math.min(Math.round(p.height), MAX_HEIGHT));
    if (p.mode === 'popup' && p.room != null) h = Math.max(0, Math.min(h, p.room));
    p.frame.style.height = h + 'px';
  }

  // A popup's launcher is the host's own element; an empty one gets our button.
  function launcher(p) {
    if (!p.el.firstChild) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = p.el.getAttribute('data-label') || '安心小课堂';
      b.setAttribute('aria-haspopup', 'dialog');
      p.el.appendChild(b);
    }
    p.el.addEventListener('click', function () { show(p); });
  }

  // A modal <dialog> where the engine has one: the browser then makes the rest of the page
  // inert (other embeds' frames included) and keeps focus inside; elsewhere a plain element
  // with the focus guards below.
  var MODAL = typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype;

  function build(p) {
    var o = make(MODAL ? 'dialog' : 'div', 'position:fixed;right:auto;bottom:auto;z-index:' + Z +
      ';background:' + BACKDROP + ';display:none;align-items:center;justify-content:center;' +
      'box-sizing:border-box;margin:0;padding:0;border:0;max-width:none;max-height:none;overflow:hidden');
    o.setAttribute('role', 'dialog');
    o.setAttribute('aria-modal', 'true');
    o.setAttribute('aria-label', p.el.getAttribute('data-title') || '安心');
    var panel = make('div', 'background:#fff;color:#000;border-radius:12px;overflow:hidden;' +
      'display:flex;flex-direction:column;max-width:100%;box-shadow:0 4px 24px rgba(0,0,0,.3)');
    // The row's end is the inline end, so a right-to-left host gets the button on the left.
    var bar = make('div', 'display:flex;justify-content:flex-end;flex:none');
    var x = make('button', 'width:' + BAR + 'px;height:' + BAR + 'px;border:0;margin:0;padding:0;' +
      'background:transparent;color:#000;font:28px/1 sans-serif;cursor:pointer');
    x.type = 'button';
    x.textContent = '×';
    x.setAttribute('aria-label', CLOSE[frameLocale(p)]);
    x.addEventListener('click', function () { hide(p, true); });
    o.addEventListener('click', function (e) {
      if (e.target === o) hide(p, true);
    });
    // Esc on the host page: the dialog's cancel, which the loader handles itself, so that its
    // own state, the focus and the host's close event follow.
    o.addEventListener('cancel', function (e) {
      e.preventDefault();
      hide(p, true);
    });
    // A dialog closed by the browser itself; a close event queued by our own hide() finds the
    // dialog open again if it was reopened in the meantime, and changes nothing.
    o.addEventListener('close', function () {
      if (!o.open) hide(p, true);
    });
    bar.appendChild(x);
    panel.appendChild(bar);
    panel.appendChild(makeFrame(p));
    // The frame's page replacing its blank one can drop the focus onto the host page's body:
    // it goes back into the frame.
    p.frame.addEventListener('load', function () {
      if (open === p && !o.contains(document.activeElement)) p.frame.focus();
    });
    // Tab out of the frame's last control lands on the end guard, Shift+Tab before the close
    // button on the start guard: each sends focus round (focus that leaves the page for the
    // browser's own bar would fire nothing here to catch).
    o.appendChild(guard(function () { return p.frame; }));
    o.appendChild(panel);
    o.appendChild(guard(function () { return shown(x) ? x : p.frame; }));
    p.overlay = o;
    p.panel = panel;
    p.bar = p.ready ? null : bar;
    p.x = x;
  }

  function shown(node) {
    return node.offsetParent !== null;
  }

  // The language the frame starts in, as far as the loader knows it.
  function frameLocale(p) {
    return locale(p.el.getAttribute('data-lang')) || locale(document.documentElement.lang) || 'zh-Hans';
  }

  function guard(to) {
    var g = make('div', 'position:absolute;width:1px;height:1px;overflow:hidden;opacity:0');
    g.tabIndex = 0;
    g.addEventListener('focus', function () { to().focus(); });
    return g;
  }

  // The overlay covers exactly the visual viewport (pinch-zoom, on-screen keyboard).
  function place(p) {
    var v = window.visualViewport;
    var w = v ? v.width : innerWidth;
    var h = v ? v.height : innerHeight;
    var s = p.overlay.style;
    s.left = (v ? v.offsetLeft : 0) + 'px';
    s.top = (v ? v.offsetTop : 0) + 'px';
    s.width = w + 'px';
    s.height = h + 'px';
    p.panel.style.width = Math.min(w - 2 * MARGIN, p.wide ? FULL_WIDTH : CARD_WIDTH) + 'px';
    p.room = h - 2 * MARGIN - (p.bar && p.bar.style.display !== 'none' ? BAR : 0);
    fit(p);
  }

  var open = null;

  function show(p) {
    if (p.open) return;
    if (open) hide(open, true);
    if (!p.overlay) build(p);
    p.back = document.activeElement;
    p.open = true;
    open = p;
    // Appended once: moving an iframe in the DOM reloads it.
    if (!p.overlay.parentNode) document.body.appendChild(p.overlay);
    p.overlay.style.display = 'flex';
    if (MODAL && !p.overlay.open) p.overlay.showModal();
    p.place = function () { place(p); };
    var v = window.visualViewport || window;
    v.addEventListener('resize', p.place);
    v.addEventListener('scroll', p.place);
    place(p);
    var root = document.documentElement.style;
    p.overflow = root.overflow;
    root.overflow = 'hidden';
    // The other embeds' frames are out of reach while it is open: a modal dialog should make
    // them inert, but WebKit still lets Tab walk from the popup's frame into them.
    embeds.forEach(function (other) {
      if (other !== p && other.frame) behind(other, true);
    });
    // The element, then its window: only then does the next Tab go to the frame's controls.
    p.frame.focus();
    p.frame.contentWindow.focus();
  }

  // Takes an embed's frame out of the focus order and makes it inert (or gives it back).
  function behind(p, out) {
    if (out) p.frame.setAttribute('tabindex', '-1');
    else p.frame.removeAttribute('tabindex');
    if (out) p.frame.setAttribute('inert', '');
    else p.frame.removeAttribute('inert');
  }

  function unlock(p) {
    embeds.forEach(function (other) {
      if (other !== p && other.frame) behind(other, false);
    });
    var v = window.visualViewport || window;
    v.removeEventListener('resize', p.place);
    v.removeEventListener('scroll', p.place);
    document.documentElement.style.overflow = p.overflow;
    p.open = false;
    if (open === p) open = null;
  }

  // Closing keeps the frame (hidden), so opening again does not reload it. `tell`: the host
  // closed it, so the frame hears a close command too.
  function hide(p, tell) {
    if (!p.open) return;
    unlock(p);
    p.overlay.style.display = 'none';
    if (MODAL && p.overlay.open) p.overlay.close();
    if (tell && p.ready) post(p, 'close', {});
    var back = p.back && document.documentElement.contains(p.back) ? p.back : p.el.querySelector('button, a[href]');
    if (back && back.focus) back.focus();
    emit(p, 'close', {});
  }

  addEventListener('keydown', function (e) {
    if (open && (e.key === 'Escape' || e.key === 'Esc')) hide(open, true);
  });

  // Focus stays in the open popup: whatever leaves it is sent back, to the frame if it left
  // from the close button, else to the close button, so Tab cycles through the two.
  document.addEventListener('focusin', function (e) {
    if (!open) return;
    if (open.overlay.contains(e.target)) {
      open.inside = e.target;
      return;
    }
    (open.inside === open.x || !shown(open.x) ? open.frame : open.x).focus();
  }, true);

  // Attribute changes become commands; the frame is never reloaded.
  function changed(p, name) {
    var value = p.el.getAttribute(name);
    if (value === p.seen[name]) return;
    p.seen[name] = value;
    if (name === 'data-mode') return warn('changing data-mode is not supported; replace the element instead');
    if (name === 'data-title') {
      if (p.frame) p.frame.title = value || '安心';
      if (p.overlay) p.overlay.setAttribute('aria-label', value || '安心');
      return;
    }
    // A popup not opened yet has no frame: it is made from the attributes as they are then.
    if (!p.frame) return;
    if (name === 'data-lang' && value) {
      send(p, 'set-locale', { lang: value });
      if (p.x) p.x.setAttribute('aria-label', CLOSE[frameLocale(p)]);
    }
    if (name === 'data-view' && value) send(p, 'navigate', { view: value });
    if (name === 'data-elder') {
      if (value === '1' || value === '0') send(p, 'set-elder', { on: value === '1' });
      else warn('data-elder is "1" or "0"');
    }
  }

  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      scan();
      records.forEach(function (r) {
        var p = r.type === 'attributes' && find(r.target);
        if (p) changed(p, r.attributeName);
      });
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED });
  }

  window.Anxin = {
    loaded: true,
    // fn(data, { type, element, frame }); a ready frame calls a new ready (or '*') listener at once.
    on: function (type, fn) {
      (listeners[type] = listeners[type] || []).push(fn);
      if (type === 'ready' || type === '*') {
        embeds.forEach(function (p) {
          if (p.ready) call(fn, {}, { type: 'ready', element: p.el, frame: p.frame });
        });
      }
    },
    off: function (type, fn) {
      listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; });
    },
    // Queued until the frame is ready, then sent in order.
    send: function (command, data, target) {
      if (!has(COMMANDS, command)) return warn('unknown command "' + command + '"');
      targets(target).forEach(function (p) { send(p, command, data || {}); });
    },
    open: function (target) {
      var list = targets(target).filter(function (p) { return p.mode === 'popup'; });
      if (list[0]) show(list[0]);
    },
    close: function (target) {
      targets(target).forEach(function (p) { hide(p, true); });
    },
    scan: scan,
  };
  scan();
  early.forEach(function (call) {
    var method = window.Anxin[call[0]];
    if (typeof method === 'function' && call[0] !== 'loaded') method.apply(null, call[1]);
    else warn('the snippet queued an unknown call "' + call[0] + '"');
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
