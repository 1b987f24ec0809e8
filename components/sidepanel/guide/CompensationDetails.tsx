import type { Compensation } from '../../../lib/guides/schema';
import { formatMoneyRange } from '../../../lib/format';

interface Row {
  label: string;
  min: number;
  max: number;
  openEnded: boolean;
  typical: boolean;
}

/**
 * The typical range for the role beside the market ranges, as text and as bars on one
 * shared scale (the bars are decoration: every figure is also written out).
 */
export function CompensationDetails({ compensation }: { compensation: Compensation }) {
  const { currency } = compensation;
  const rows: Row[] = [
    { ...compensation.typical, openEnded: compensation.typical.openEnded, typical: true },
    ...compensation.market.map((range) => ({ ...range, typical: false })),
  ];
  const low = Math.min(...rows.map((row) => row.min));
  const high = Math.max(...rows.map((row) => row.max));
  // Leave room past the highest figure so an open-ended range visibly runs on.
  const top = rows.some((row) => row.openEnded) ? high * 1.08 : high;
  const span = Math.max(top - low, 1);
  const position = (value: number) => `${((value - low) / span) * 100}%`;

  return (
    <div className="pay">
      <p className="pay-region">Figures for the {compensation.region}.</p>
      <ul className="pay-ranges">
        {rows.map((row) => (
          <li key={row.label} className={row.typical ? 'pay-range is-typical' : 'pay-range'}>
            <div className="pay-range-text">
              <span className="pay-range-label">{row.label}</span>
              <span className="pay-range-value">{formatMoneyRange(row, currency)}</span>
            </div>
            <div className="pay-bar" aria-hidden="true">
              <span
                className={row.openEnded ? 'pay-bar-fill is-open' : 'pay-bar-fill'}
                style={{
                  left: position(row.min),
                  width: `calc(${position(row.openEnded ? top : row.max)} - ${position(row.min)})`,
                }}
              />
            </div>
          </li>
        ))}
      </ul>
      <p>{compensation.summary}</p>
      <h3 className="subheading">Benefits</h3>
      <ul className="bullets">
        {compensation.benefits.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
    </div>
  );
}
