import type { Quality } from '../../../lib/guides/schema';

/** What the interviewers look for; qualities specific to the role are marked. */
export function QualityList({ qualities, roleName }: { qualities: readonly Quality[]; roleName: string }) {
  return (
    <ul className="qualities">
      {qualities.map((quality) => (
        <li key={quality.id} className={quality.roleSpecific ? 'quality is-role-specific' : 'quality'}>
          <div className="quality-head">
            <h3 className="quality-name">{quality.name}</h3>
            {quality.roleSpecific ? <span className="chip chip-accent">Specific to {roleName}</span> : null}
          </div>
          <p>{quality.whyItMatters}</p>
          <p className="quality-how">
            <strong>How to show it: </strong>
            {quality.howToShow}
          </p>
        </li>
      ))}
    </ul>
  );
}
