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
