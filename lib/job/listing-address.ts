/**
 * The address PrepPanel keeps for a listing: its origin and path, and of its query only the
 * parameters that name the job on its site (`jobParameters`, e.g. Indeed's `jk`). Search
 * terms, tracking parameters (`utm_*`), the fragment and any user name in the address are
 * left behind, so they never reach the tab state, the applications list or a backup.
 */
export function listingAddress(url: URL, jobParameters: readonly string[]): string {
  const kept = new URL(`${url.origin}${url.pathname}`);
  for (const name of jobParameters) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.searchParams.set(name, value);
  }
  return kept.href;
}
