/**
 * Pure checks over a built extension: its manifest, its HTML and its JavaScript. The build-output
 * e2e spec runs them on both builds; tests/unit/build-checks.test.ts shows each one catches what it
 * is meant to catch, so a green build check is not a blind one.
 */
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

type Node = { type: string; start: number } & Record<string, unknown>;

/**
 * Every place `code` can turn a string into code: `eval` in any form, `Function` called or
 * constructed, a `.constructor(...)` call (the way to reach `Function` without naming it) and
 * string timers. Parsed, not grepped, so a property named `eval` or `Function.call` is no match.
 */
export function findDynamicCode(code: string): string[] {
  const found: string[] = [];
  const at = (node: Node, what: string) => found.push(`${what} at offset ${node.start}`);
  const named = (node: unknown, name: string) => {
    const n = node as Node;
    return (n.type === 'Identifier' && n.name === name) || (n.type === 'Literal' && n.value === name);
  };
  const calls = (node: Node) => {
    const callee = node.callee as Node;
    if (named(callee, 'Function')) at(node, 'Function constructor');
    const member = callee.type === 'MemberExpression' ? callee : undefined;
    const property = member?.property;
    const first = (node.arguments as Node[])[0];
    const stringFirst =
      first !== undefined &&
      (first.type === 'TemplateLiteral' || (first.type === 'Literal' && typeof first.value === 'string'));
    if (property && (named(property, 'Function') || named(property, 'eval'))) {
      at(node, `.${(property as Node).name ?? (property as Node).value}(...)`);
    }
    // Preact renders a function component with `this.constructor(props, context)`: that is the
    // component, not `Function`. Any other `.constructor(...)` call, or one given a string, is.
    if (
      property &&
      named(property, 'constructor') &&
      ((member.object as Node).type !== 'ThisExpression' || stringFirst)
    ) {
      at(node, '.constructor(...)');
    }
    const name = member ? (property as Node).name : callee.name;
    if ((name === 'setTimeout' || name === 'setInterval') && stringFirst) at(node, `${name} with a string`);
  };
  simple(parseAny(code) as never, {
    // References only: acorn-walk skips property keys and non-computed member names.
    Identifier(node) {
      if ((node as unknown as Node).name === 'eval') at(node as unknown as Node, 'eval');
    },
    MemberExpression(node) {
      const member = node as unknown as Node;
      if (member.computed && named(member.property, 'eval')) at(member, '["eval"]');
    },
    CallExpression: (node) => calls(node as unknown as Node),
    NewExpression: (node) => calls(node as unknown as Node),
  });
  return found;
}

function parseAny(code: string) {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  }
}

/** What a manifest must not have: required host access, exposed files, remote code, a weaker CSP. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const list = (key: string) => (Array.isArray(manifest[key]) ? (manifest[key] as unknown[]) : []);
  const isHostPattern = (value: unknown) => typeof value === 'string' && /<all_urls>|:\/\/|^\*/.test(value);

  if (list('host_permissions').length > 0) problems.push('host_permissions is not empty');
  for (const permission of list('permissions').filter(isHostPattern)) {
    problems.push(`required host permission "${permission}"`);
  }
  // Statically declared content scripts are host access granted at install, too.
  if (list('content_scripts').length > 0) problems.push('content_scripts are declared in the manifest');
  if ('web_accessible_resources' in manifest) problems.push('web_accessible_resources is declared');
  if ('externally_connectable' in manifest) problems.push('externally_connectable is declared');
  if ('sandbox' in manifest) problems.push('sandbox pages are declared');
  if ('update_url' in manifest) problems.push('update_url is declared');
  const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
  if (gecko && 'update_url' in gecko) problems.push('gecko.update_url is declared');

  const csp = manifest.content_security_policy;
  if (csp !== undefined) {
    const pages = typeof csp === 'string' ? csp : (csp as Record<string, unknown>).extension_pages;
    if (typeof csp === 'object' && csp && 'sandbox' in csp) problems.push('a sandbox CSP is declared');
    if (typeof pages === 'string') problems.push(...cspProblems(pages));
  }
  return problems;
}

/**
 * A CSP for extension pages is "the default or stricter" when scripts and objects come only from
 * the extension itself: script-src and object-src hold nothing but 'self', 'none' and
 * 'wasm-unsafe-eval' (which the default allows).
 */
export function cspProblems(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
  const problems: string[] = [];
  for (const name of ['script-src', 'object-src']) {
    const values = directives.get(name) ?? directives.get('default-src');
    if (!values) {
      problems.push(`CSP has no ${name}`);
      continue;
    }
    for (const value of values) if (!allowed.has(value)) problems.push(`CSP ${name} allows ${value}`);
  }
  return problems;
}

/** Scripts and styles in an HTML page that are inline, remote, or inline event handlers. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const isRemote = (url: string) => /^(?:[a-z][\w+.-]*:|\/\/)/i.test(url);
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(match[1] ?? '')?.[1];
    if (!src && (match[2] ?? '').trim()) problems.push('inline <script>');
    if (src && isRemote(src)) problems.push(`remote script ${src}`);
  }
  for (const match of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (isRemote(match[1] ?? '')) problems.push(`remote link ${match[1]}`);
  }
  for (const match of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) problems.push(`inline handler ${match[1]}`);
  return problems;
}

/** Every place `code` parses a string as HTML: innerHTML/outerHTML writes and the HTML-writing calls. */
export function findHtmlSinks(code: string): string[] {
  const found: string[] = [];
  const propertyName = (member: Node) => {
    const property = member.property as Node;
    return member.computed ? property.value : property.name;
  };
  simple(parseAny(code) as never, {
    AssignmentExpression(node) {
      const target = (node as unknown as Node).left as Node;
      const name = target.type === 'MemberExpression' ? propertyName(target) : undefined;
      if (name === 'innerHTML' || name === 'outerHTML') found.push(`${name} write at offset ${node.start}`);
    },
    CallExpression(node) {
      const callee = (node as unknown as Node).callee as Node;
      if (callee.type !== 'MemberExpression') return;
      const name = propertyName(callee);
      const onDocument = (callee.object as Node).name === 'document';
      if (
        ['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe'].includes(
          name as string,
        ) ||
        (onDocument && (name === 'write' || name === 'writeln'))
      ) {
        found.push(`${name}() at offset ${node.start}`);
      }
    },
  });
  return found;
}

/**
 * What a script on a web page must never contain: ways to signal the page (messages, events) or to
 * reach the network. Matched as words anywhere in the bundle, strings included, so no way of
 * naming them slips through.
 */
const PAGE_SIGNALS = [
  'postMessage',
  'dispatchEvent',
  'CustomEvent',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'sendBeacon',
];

export function findPageSignals(code: string): string[] {
  return PAGE_SIGNALS.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
}
