import { useState } from 'react';
import type { OwnItem, OwnItemList } from '../../../lib/storage/schema';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';
import type { OwnItemsState } from './use-own-items';
import { AddTextForm } from '../../shared/AddTextForm';
import { failureText } from '../../shared/failure-text';
import { ErrorNotice } from '../../shared/ErrorNotice';

const WORDING: Record<OwnItemList, { heading: string; add: string; submit: string }> = {
  questions: { heading: 'Your own questions', add: 'Add a question of your own', submit: 'Add question' },
  checklist: { heading: 'Your own checklist items', add: 'Add an item of your own', submit: 'Add item' },
};

/**
 * The questions or checklist items the user added to this guide, ticked like the guide's own,
 * with a form to add another. They are stored apart from the guide, so a new version of the
 * guide never removes them.
 */
export function OwnItems({
  list,
  ownItems,
  done,
  disabled,
  onToggle,
}: {
  list: OwnItemList;
  ownItems: OwnItemsState;
  done: ReadonlySet<string>;
  disabled: boolean;
  onToggle: (list: ProgressList, itemId: string, done: boolean) => void;
}) {
  const [failure, setFailure] = useState<string>();
  const items = ownItems.byList[list];
  const wording = WORDING[list];
  const remove = (item: OwnItem) => {
    setFailure(undefined);
    ownItems.remove(item).catch((reason: unknown) => setFailure(failureText(reason)));
  };
  return (
    <div className="own-items" data-own-items={list}>
      {items.length > 0 ? (
        <>
          <h3 className="subheading">{wording.heading}</h3>
          <ul className="checklist own-list">
            {items.map((item) => {
              const key = itemKey(list, item.id);
              const boxId = `pp-${list}-${item.id}`;
              return (
                <li key={item.id} className={done.has(key) ? 'check-item is-done' : 'check-item'}>
                  <input
                    type="checkbox"
                    className="check-box"
                    id={boxId}
                    data-item={key}
                    checked={done.has(key)}
                    disabled={disabled}
                    onChange={(event) => onToggle(list, item.id, event.currentTarget.checked)}
                  />
                  <div className="check-body">
                    <label htmlFor={boxId} className="check-text">
                      {item.text}
                    </label>
                    <div className="own-item-actions">
                      <span className="chip chip-quiet">Added by you</span>
                      <button type="button" className="button button-quiet button-small" aria-describedby={boxId} onClick={() => remove(item)}>
                        Remove
                      </button>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
      {ownItems.status === 'ready' ? <AddTextForm label={wording.add} submitLabel={wording.submit} onAdd={(text) => ownItems.add(list, text)} /> : null}
    </div>
  );
}
