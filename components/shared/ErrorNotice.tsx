import type { ReactNode } from 'react';
import { Icon } from './Icon';

/**
 * An error said in place: the alert icon and the message. It is an alert (read out as it
 * appears) unless `role` is `null`, for a notice inside an element that is the alert already.
 */
export function ErrorNotice({ children, role = 'alert' }: { children: ReactNode; role?: 'alert' | null }) {
  return (
    <p className="notice notice-error" role={role ?? undefined}>
      <Icon name="alert" />
      <span>{children}</span>
    </p>
  );
}
