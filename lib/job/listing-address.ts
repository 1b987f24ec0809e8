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

/**
 * Every site's job parameters (the adapters' `jobParameters` and the generic reader's): for
 * addresses kept before they were trimmed, whose site's own list is not at hand.
 */
export const KNOWN_JOB_PARAMETERS: readonly string[] = ['currentJobId', 'jk', 'vjk', 'jl', 'jobListingId', 'for', 'token', 'gh_jid', 'ashby_jid'];

/** An address kept by an earlier version, trimmed as addresses are kept now; `undefined` if it is no address. */
export function trimmedKeptAddress(href: string): string | undefined {
  try {
    return listingAddress(new URL(href), KNOWN_JOB_PARAMETERS);
  } catch {
    return undefined;
  }
}
