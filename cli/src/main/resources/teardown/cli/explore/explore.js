'use strict';
// The explorer page: asks the server what a link shows (/api/state plus the link's query) and
// draws it. Every link comes from the server; clicking one changes the address without a reload,
// so Back in the browser, a copied address and the page's own buttons all agree.
(function () {
  const $ = id => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c);
    }
    return e;
  }

  function nav(href, content, attrs) {
    const children = Array.isArray(content) ? content : [content];
    return el('a', Object.assign({href: '/' + href, 'data-nav': true}, attrs || {}), ...children);
  }

  function changeList(changes) {
    return el('ul', {class: 'changes'}, ...changes.map(ch => el('li', null, `${ch.field}: ${ch.before} → ${ch.after}`)));
  }

  // A step is flagged where it makes a state bad; later states that stay bad say so quietly.
  function badNote(bad, before) {
    const fresh = bad.filter(b => !before.includes(b));
    const still = bad.filter(b => before.includes(b));
    return el('div', null,
      fresh.length ? el('div', {class: 'bad'}, '✗ violates ' + fresh.join(', ')) : null,
      still.length ? el('div', {class: 'muted'}, 'still violates ' + still.join(', ')) : null);
  }

  function breaks(bad, here) {
    const fresh = bad.filter(b => !here.includes(b));
    return fresh.length ? el('div', {class: 'bad'}, '→ this step breaks ' + fresh.join(', ')) : null;
  }

  function stepLabel(s) {
    return [el('span', {class: 'actor'}, s.actor), ' ', el('span', {class: 'name'}, s.step), el('span', {class: 'source'}, s.source)];
  }

  function render(page) {
    document.title = 'teardown explore: ' + page.variant;
    $('variant').textContent = `${page.variant} (${page.requests} request(s) outstanding at suspend)`;
    const byVerdict = {};
    for (const p of page.properties) (byVerdict[p.variant.verdict] = byVerdict[p.variant.verdict] || []).push(p.id);
    $('verdicts').replaceChildren(...Object.entries(byVerdict).map(([v, ids]) =>
      el('span', {class: 'verdict-' + v}, `${v}: ${ids.join(', ')}. `)));

    setNav($('back'), page.back);
    setNav($('restart'), page.trace.length ? page.restart : null);
    $('link').setAttribute('href', '/' + page.self);
    $('initials').replaceChildren('initial state: ', ...page.initials.map(i => i.current
      ? el('strong', {title: i.label}, `${i.index} (${i.label})`, ' ')
      : el('span', null, nav(i.href, String(i.index), {title: i.label, id: 'init-' + i.index}), ' ')));

    $('depth').textContent = `at state ${page.trace.length}`;
    $('enabled').replaceChildren(...page.enabled.map(s => el('li', {'data-actor': s.actor},
      nav(s.href, stepLabel(s), {class: 'step', id: 'step-' + s.index}),
      changeList(s.changes), breaks(s.bad, page.here))));
    $('end').hidden = !page.end;
    $('end').textContent = page.end ? page.end.text : '';
    $('end').className = page.end && page.end.stuck ? 'bad' : 'muted';

    $('properties').tBodies[0].replaceChildren(...page.properties.map(property));
    $('searched').textContent = `From here on: searched ${page.searchedFromHere.states} state(s) in ${page.searchedFromHere.milliseconds} ms.`;

    const initial = page.initials.find(i => i.current);
    $('trace').replaceChildren(
      el('li', {id: 'trace-0', class: page.trace.length === 0 ? 'current' : null}, nav(page.restart, '0.', {class: 'goto'}), ' initial state ',
        el('span', {class: 'muted'}, initial.label)),
      ...page.trace.map((t, i) => {
        const before = i === 0 ? [] : page.trace[i - 1].bad;
        const fresh = t.bad.some(b => !before.includes(b));
        return el('li', {id: 'trace-' + t.number, 'data-bad': t.bad.join(' ') || null,
            class: [fresh ? 'violates' : '', t.number === page.trace.length ? 'current' : ''].join(' ').trim() || null},
          nav(t.href, `${t.number}.`, {class: 'goto', title: 'go back to just after this step'}), ' ', ...stepLabel(t),
          changeList(t.changes), badNote(t.bad, before));
      }));

    $('state').replaceChildren(...page.groups.map(g => el('div', {class: 'group' + (g.actor ? ' actor' : ''), id: 'group-' + g.name},
      el('h3', null, g.name), el('table', null, ...g.fields.map(f =>
        el('tr', {class: f.changed ? 'changed' : null}, el('td', null, f.name || '(value)'), el('td', null, f.value)))))));
  }

  function property(p) {
    const whole = el('td', {class: p.variant.verdict}, p.variant.verdict);
    if (p.variant.counterexample) {
      whole.append(': ', nav(p.variant.counterexample.href, `jump to the shortest counterexample (${p.variant.counterexample.length} steps)`,
        {id: 'cex-' + p.id}));
    }
    let here;
    if (p.here === 'whole-run') {
      here = el('td', {class: 'whole-run'}, 'a whole-run property (weak fairness): not judged state by state');
    } else {
      here = el('td', {class: p.here}, p.here === 'bad' ? 'BAD: this state violates it' : 'ok');
    }
    const ahead = el('td', {class: p.ahead.verdict});
    const way = p.ahead.way;
    if (p.ahead.verdict === 'incomplete') {
      ahead.append('not settled: the search from here hit its state limit');
    } else if (p.kind === 'safety' || p.kind === undefined) {
      if (p.ahead.verdict === 'holds') ahead.append('no bad state is reachable from here');
      else if (way.length === 0) ahead.append('this state is bad');
      else ahead.append('a bad state is still reachable: ', nav(way.href, `shortest way, ${way.length} step(s)`, {id: 'ahead-' + p.id}));
    } else {
      if (p.ahead.verdict === 'holds') ahead.append('no fair run from here violates it');
      else ahead.append('a fair run through this state violates it: ',
        nav(way.href, `go to where it goes wrong, ${way.length} step(s)${way.lasso ? ' (then a cycle)' : ''}`, {id: 'ahead-' + p.id}));
    }
    return el('tr', {id: 'property-' + p.id, 'data-here': p.here, 'data-variant': p.variant.verdict, 'data-ahead': p.ahead.verdict},
      el('td', {title: p.description}, el('strong', null, p.id), el('div', {class: 'muted'}, `${p.kind}: ${p.description}`)),
      whole, here, ahead);
  }

  function setNav(a, href) {
    if (href) {
      a.setAttribute('href', '/' + href);
      a.classList.remove('disabled');
    } else {
      a.setAttribute('href', '#');
      a.classList.add('disabled');
    }
  }

  function showError(message, restart) {
    $('error').hidden = false;
    $('error').replaceChildren('This link cannot be explored: ' + message + ' ',
      restart !== undefined ? nav(restart, 'Start over at the explorer\'s variant', {id: 'start-over'}) : null);
    document.body.dataset.status = 'error';
  }

  let latest = 0;
  async function show(search, push) {
    const mine = ++latest;
    document.body.dataset.status = 'loading';
    let response, page;
    try {
      response = await fetch('/api/state' + search, {headers: {Accept: 'application/json'}});
      page = await response.json();
    } catch (e) {
      if (mine === latest) showError('the explorer did not answer (was it stopped?)');
      return;
    }
    if (mine !== latest) return; // a later click won
    if (!response.ok) {
      showError(page.error, page.restart);
      return;
    }
    $('error').hidden = true;
    if (push) history.pushState(null, '', '/' + page.self);
    else history.replaceState(null, '', '/' + page.self);
    render(page);
    document.body.dataset.self = page.self;
    document.body.dataset.status = 'ready';
  }

  document.addEventListener('click', e => {
    const a = e.target.closest('a[data-nav]');
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (!a.classList.contains('disabled')) show(a.getAttribute('href').slice(1), true);
  });
  window.addEventListener('popstate', () => show(location.search, false));
  show(location.search, false);
})();
