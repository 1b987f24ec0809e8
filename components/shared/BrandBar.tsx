import { Icon } from './Icon';

/** The product's name, small and quiet above the content. */
export function BrandBar() {
  return (
    <div className="brand">
      <Icon name="logo" className="brand-icon" />
      <span className="brand-name">PrepPanel</span>
    </div>
  );
}
