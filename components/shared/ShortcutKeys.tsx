/** A shortcut such as "Alt+Shift+P", each key in its own <kbd>. */
export function ShortcutKeys({ shortcut }: { shortcut: string }) {
  return shortcut.split('+').map((key, index) => (
    <span key={key}>
      {index > 0 ? '+' : null}
      <kbd>{key}</kbd>
    </span>
  ));
}
