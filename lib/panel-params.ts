/** `sidepanel.html?tabId=N` (and `popup.html?tabId=N`) pin the view to tab N (pop-out windows, tests). */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}
