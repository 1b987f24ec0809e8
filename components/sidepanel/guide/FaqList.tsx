import type { Faq } from '../../../lib/guides/schema';
import { Disclosure } from '../../shared/Disclosure';
import { useOpenSet } from '../../shared/use-open-set';

/** Frequently asked questions, each answer behind a disclosure button. */
export function FaqList({ faqs }: { faqs: readonly Faq[] }) {
  const { open, toggle } = useOpenSet();
  if (faqs.length === 0) return <p className="muted">No frequently asked questions for this guide yet.</p>;
  return (
    <ul className="faqs">
      {faqs.map((faq) => (
        <li key={faq.id} className="faq">
          <Disclosure heading={3} label={faq.question} open={open.has(faq.id)} onToggle={() => toggle(faq.id)}>
            <p className="faq-answer">{faq.answer}</p>
          </Disclosure>
        </li>
      ))}
    </ul>
  );
}
