import type { Stage } from '../../../lib/guides/schema';

/** The interview stages as a numbered vertical timeline. */
export function StageTimeline({ stages }: { stages: readonly Stage[] }) {
  return (
    <ol className="timeline">
      {stages.map((stage, index) => (
        <li key={stage.id} className="timeline-stage">
          <span className="timeline-marker" aria-hidden="true">
            {index + 1}
          </span>
          <div className="timeline-body">
            <h3 className="timeline-title">
              <span className="visually-hidden">Stage {index + 1}: </span>
              {stage.name}
            </h3>
            <p>{stage.whatHappens}</p>
            <div className="callout">
              <h4 className="callout-title">How to prepare</h4>
              <p>{stage.howToPrepare}</p>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
