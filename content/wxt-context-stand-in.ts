/**
 * Replaces WXT's `ContentScriptContext` in the built content scripts (an alias in
 * wxt.config.ts). WXT constructs one before each script's `main`, and its constructor
 * announces the script to the page (a posted message and a document event) and listens
 * for the page's reply: a channel any page script can read and forge. PrepPanel's scripts
 * use their own `IsolatedContext` instead, so this one only keeps the name it is given.
 */
export class ContentScriptContext {
  constructor(readonly contentScriptName: string) {}
}
