import { DataChangedSchema, type DataChanged, type DataStore } from '../extension/messages';

const CHANNEL = 'preppanel-data';

/** Tells every other open view of the extension that a store changed for `scope`. */
export function announceChange(store: DataStore, scope: string): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'data-changed', store, scope } satisfies DataChanged);
  channel.close();
}

/** Calls `onChange` when another view changes `store` for `scope`; returns the unsubscribe. */
export function listenForChanges(store: DataStore, scope: string, onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = DataChangedSchema.safeParse(event.data);
    if (message.success && message.data.store === store && message.data.scope === scope) onChange();
  };
  return () => channel.close();
}
