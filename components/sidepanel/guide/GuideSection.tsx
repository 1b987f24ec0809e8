import type { ReactNode } from 'react';

export type SectionName =
  | 'overview'
  | 'stages'
  | 'qualities'
  | 'questions'
  | 'checklist'
  | 'stories'
  | 'summary'
  | 'mistakes'
  | 'role'
  | 'compensation'
  | 'apply'
  | 'faqs'
  | 'sources';

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls to a section and moves keyboard focus to its title, so the next Tab continues
 * there and a screen reader says where the jump landed. False when the section is not on the page.
 */
export function jumpToSection(name: SectionName): boolean {
  const section = document.getElementById(`section-${name}`);
  if (!section) return false;
  section.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  document.getElementById(`section-${name}-title`)?.focus({ preventScroll: true });
  return true;
}

/** A card for one part of the guide, with the id the section navigation jumps to. */
export function GuideSection({
  name,
  title,
  intro,
  children,
  footer,
}: {
  name: SectionName;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const headingId = `section-${name}-title`;
  return (
    <section id={`section-${name}`} className="card guide-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title" tabIndex={-1}>
        {title}
      </h2>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
      {footer}
    </section>
  );
}
