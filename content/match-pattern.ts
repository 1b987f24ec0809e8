/**
 * Whether a URL falls under a content-script match pattern of the simple forms the
 * adapters use: `https://host/path*` and `https://*.host/path*`.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = /^(https?|\*):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, anySubdomain, host, path] = parsed;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostMatches = url.hostname === host || (anySubdomain !== undefined && url.hostname.endsWith(`.${host}`));
  if (!hostMatches || !host || !path) return false;
  const pathPattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}
