import type { Guide } from '../../../lib/guides/schema';

/** The day-to-day of the role and the skills it uses. */
export function RoleDetails({ work }: { work: Guide['work'] }) {
  return (
    <div className="role-details">
      <h3 className="subheading">Day to day</h3>
      <ul className="bullets">
        {work.dayToDay.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="subheading">Skills</h3>
      <ul className="chips skill-chips">
        {work.skills.map((skill) => (
          <li key={skill} className="chip chip-skill">
            {skill}
          </li>
        ))}
      </ul>
    </div>
  );
}
