import type { ChecklistItem } from '../../../lib/guides/schema';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';

/**
 * Items the user ticks off. Each is a real checkbox named by the item's text; the optional
 * detail sits outside the label and describes the box instead.
 */
export function Checklist({
  list,
  items,
  done,
  disabled,
  onToggle,
}: {
  list: Exclude<ProgressList, 'questions'>;
  items: readonly ChecklistItem[];
  done: ReadonlySet<string>;
  disabled: boolean;
  onToggle: (list: ProgressList, itemId: string, done: boolean) => void;
}) {
  return (
    <ul className={`checklist checklist-${list}`}>
      {items.map((item) => {
        const key = itemKey(list, item.id);
        const boxId = `pp-${list}-${item.id}`;
        const detailId = `${boxId}-detail`;
        const checked = done.has(key);
        return (
          <li key={item.id} className={checked ? 'check-item is-done' : 'check-item'}>
            <input
              type="checkbox"
              className="check-box"
              id={boxId}
              data-item={key}
              checked={checked}
              disabled={disabled}
              aria-describedby={item.detail ? detailId : undefined}
              onChange={(event) => onToggle(list, item.id, event.currentTarget.checked)}
            />
            <div className="check-body">
              <label htmlFor={boxId} className="check-text">
                {item.text}
              </label>
              {item.detail ? (
                <p id={detailId} className="check-detail">
                  {item.detail}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
