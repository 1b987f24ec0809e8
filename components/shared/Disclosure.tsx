import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';

/**
 * A button that shows and hides the content below it (the disclosure pattern). With
 * `heading`, the button sits inside a heading of that level, as an accordion's do.
 */
export function Disclosure({
  label,
  open,
  onToggle,
  children,
  className,
  heading,
}: {
  /** What the button says; the state is carried by aria-expanded and the chevron. */
  label: ReactNode;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
  className?: string;
  heading?: 3 | 4;
}) {
  const panelId = useId();
  const button = (
    <button type="button" className="disclosure-button" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
      <span className="disclosure-label">{label}</span>
      <Icon name="chevron" className="disclosure-chevron" />
    </button>
  );
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'}>
      {heading === 3 ? (
        <h3 className="disclosure-heading">{button}</h3>
      ) : heading === 4 ? (
        <h4 className="disclosure-heading">{button}</h4>
      ) : (
        button
      )}
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
