import { describe, expect, it } from 'vitest';
import {
  cspProblems,
  findDynamicCode,
  findHtmlSinks,
  findPageSignals,
  htmlProblems,
  manifestProblems,
} from '../security/build-checks';

describe('findDynamicCode', () => {
  it.each([
    'eval("1")',
    '(0, eval)("1")',
    'globalThis.eval("1")',
    'window["eval"]("1")',
    'const e = eval; e("1")',
    'new Function("return 1")',
    'Function("return 1")()',
    'globalThis["Function"]("x")',
    '(() => {}).constructor("return 1")',
    'x.constructor.constructor(code)',
    'this.constructor("return 1")',
    'setTimeout("alert(1)", 10)',
    'setInterval(`tick()`, 10)',
    'window.setTimeout("x()")',
  ])('finds %s', (code) => {
    expect(findDynamicCode(code)).not.toEqual([]);
  });

  it.each([
    'const o = { eval: { minArgs: 1 } }',
    'function render(p, c) { return this.constructor(p, c) }',
    'o.eval = 1; o.inspectedWindow.eval',
    'const has = Function.call.bind(Object.prototype.hasOwnProperty)',
    'typeof x == "function"',
    'setTimeout(() => run(), 10); setTimeout(run)',
    'const s = "new Function(eval)"',
    '// eval("x")\nlet evaluate = 1; myFunction(1)',
    'export const f = () => import("./chunk.js")',
  ])('passes %s', (code) => {
    expect(findDynamicCode(code)).toEqual([]);
  });
});

describe('findPageSignals', () => {
  it('finds every way a page script could signal the page or reach the network', () => {
    expect(
      findPageSignals(
        'window.postMessage({type:"x"},"*");document.dispatchEvent(new CustomEvent("y"));fetch("/");new XMLHttpRequest;new WebSocket(u);new EventSource(u);navigator.sendBeacon(u)',
      ),
    ).toEqual([
      'postMessage',
      'dispatchEvent',
      'CustomEvent',
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'EventSource',
      'sendBeacon',
    ]);
  });

  it('passes a script that only listens and asks the extension', () => {
    expect(
      findPageSignals('addEventListener("keydown",f,true);chrome.runtime.sendMessage({type:"site-settings"})'),
    ).toEqual([]);
  });
});

describe('findHtmlSinks', () => {
  it.each([
    'el.innerHTML = html',
    'el["outerHTML"] = html',
    'el.insertAdjacentHTML("beforeend", html)',
    'document.write(html)',
    'range.createContextualFragment(html)',
  ])('finds %s', (code) => {
    expect(findHtmlSinks(code)).not.toEqual([]);
  });

  it.each(['el.textContent = text', 'if (a.__html == el.innerHTML) x()', 'stream.write(chunk)', 'write("key", 1)'])(
    'passes %s',
    (code) => {
      expect(findHtmlSinks(code)).toEqual([]);
    },
  );
});

describe('manifestProblems', () => {
  const base = { manifest_version: 3, name: 'Tend', permissions: ['sidePanel'], optional_permissions: ['history'] };

  it('accepts a manifest with no host access, exposed files or CSP', () => {
    expect(manifestProblems(base)).toEqual([]);
    expect(manifestProblems({ ...base, optional_host_permissions: ['*://*/*'] })).toEqual([]);
  });

  it.each([
    [{ host_permissions: ['https://example.com/*'] }, /host_permissions/],
    [{ permissions: ['storage', '<all_urls>'] }, /<all_urls>/],
    [{ permissions: ['*://*/*'] }, /host permission/],
    [{ content_scripts: [{ matches: ['<all_urls>'], js: ['a.js'] }] }, /content_scripts/],
    [{ web_accessible_resources: [] }, /web_accessible_resources/],
    [{ externally_connectable: { matches: ['https://x/*'] } }, /externally_connectable/],
    [{ content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, /unsafe-eval/],
    [{ content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } }, /cdn/],
    [{ browser_specific_settings: { gecko: { id: 'a@b', update_url: 'https://x' } } }, /update_url/],
  ])('refuses %j', (extra, problem) => {
    expect(manifestProblems({ ...base, ...extra }).join('\n')).toMatch(problem);
  });
});

describe('cspProblems', () => {
  it('accepts the default policy and stricter ones', () => {
    expect(cspProblems("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';")).toEqual([]);
    expect(cspProblems("default-src 'none'; script-src 'self'")).toEqual([]);
  });

  it('refuses a looser one', () => {
    expect(cspProblems("script-src 'self' 'unsafe-inline'; object-src 'self'")).toHaveLength(1);
    expect(cspProblems("style-src 'self'")).toHaveLength(2);
  });
});

describe('htmlProblems', () => {
  it('accepts local module scripts and styles', () => {
    const html =
      '<script type="module" crossorigin src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/a.css">';
    expect(htmlProblems(html)).toEqual([]);
  });

  it.each([
    ['<script src="https://cdn.example/x.js"></script>', /remote script/],
    ['<script src="//cdn.example/x.js"></script>', /remote script/],
    ['<script>alert(1)</script>', /inline <script>/],
    ['<link rel="stylesheet" href="https://fonts.example/a.css">', /remote link/],
    ['<button onclick="go()">Go</button>', /onclick/],
  ])('refuses %s', (html, problem) => {
    expect(htmlProblems(html).join('\n')).toMatch(problem);
  });
});
