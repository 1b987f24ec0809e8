import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { jumpToSection, prefersReducedMotion, type SectionName } from './GuideSection';

export interface NavEntry {
  name: SectionName;
  label: string;
}

/**
 * Sticky jump links to the guide's sections. On a narrow panel the row scrolls sideways
 * (the links stay in tab order); the section being read is marked with aria-current.
 */
export function SectionNav({ entries }: { entries: readonly NavEntry[] }) {
  const [active, setActive] = useState<SectionName | undefined>(entries[0]?.name);
  const scroller = useRef<HTMLUListElement>(null);
  // The section last jumped to, which stays current at the end of the page (where a short
  // section cannot scroll up to the top) until the user scrolls by themselves.
  const jumpedTo = useRef<SectionName | undefined>(undefined);

  // Follow the reader: the current section is the last one whose top has passed under
  // the navigation bar (the last of all once the page is scrolled to its end).
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = (scroller.current?.getBoundingClientRect().bottom ?? 0) + 32;
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let current = entries[0]?.name;
      for (const entry of entries) {
        const section = document.getElementById(`section-${entry.name}`);
        if (section && (atEnd || section.getBoundingClientRect().top <= line)) current = entry.name;
      }
      setActive(atEnd && jumpedTo.current ? jumpedTo.current : current);
    };
    const forget = () => {
      jumpedTo.current = undefined;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('wheel', forget, { passive: true });
    window.addEventListener('touchstart', forget, { passive: true });
    window.addEventListener('keydown', forget);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('wheel', forget);
      window.removeEventListener('touchstart', forget);
      window.removeEventListener('keydown', forget);
    };
  }, [entries]);

  // Keep the current link in view within the sideways-scrolling row.
  useEffect(() => {
    const row = scroller.current;
    const link = row?.querySelector<HTMLElement>(`[data-section="${active ?? ''}"]`);
    if (!row || !link) return;
    const left = link.offsetLeft - row.offsetLeft;
    const right = left + link.offsetWidth;
    if (left < row.scrollLeft || right > row.scrollLeft + row.clientWidth) {
      row.scrollTo({ left: Math.max(0, left - 24), behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }, [active]);

  const jump = (event: MouseEvent<HTMLAnchorElement>, name: SectionName) => {
    if (!jumpToSection(name)) return;
    event.preventDefault();
    jumpedTo.current = name;
    setActive(name);
  };

  return (
    <nav className="section-nav" aria-label="Guide sections">
      <ul ref={scroller} className="section-nav-list">
        {entries.map((entry) => (
          <li key={entry.name}>
            <a
              href={`#section-${entry.name}`}
              data-section={entry.name}
              className="section-nav-link"
              aria-current={active === entry.name ? 'true' : undefined}
              onClick={(event) => jump(event, entry.name)}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
