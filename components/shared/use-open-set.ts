import { useState } from 'react';

/** Which of a list's disclosures are open, by id, and a toggle for one of them. */
export function useOpenSet() {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { open, setOpen, toggle };
}
