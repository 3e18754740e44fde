import { Minus, PencilLine, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FieldChange, ListDiff, PlanDiff } from '../../shared/planDiff';
import { isEmptyDiff } from '../../shared/planDiff';
import { WordDiff } from './WordDiff';
import './ChangesList.css';
import type { ParseKeys } from 'i18next';
import { i18n } from '../i18n/i18n';
import { translateKey } from '../i18n/translatedRecord';

type HeadingLevel = 3 | 4;

type GroupKey = 'goals' | 'supports' | 'services' | 'decisions';
type ItemWord = 'goal' | 'support' | 'service' | 'decision' | 'section' | 'assessment' | 'contactAttempt';

const groups: { key: GroupKey; title: 'versions.groupGoals' | 'versions.groupSupports' | 'versions.groupServices' | 'versions.groupDecisions'; item: ItemWord }[] = [
  { key: 'goals', title: 'versions.groupGoals', item: 'goal' },
  { key: 'supports', title: 'versions.groupSupports', item: 'support' },
  { key: 'services', title: 'versions.groupServices', item: 'service' },
  { key: 'decisions', title: 'versions.groupDecisions', item: 'decision' },
];

/** Lists of the complete IEP's parts, titled from the catalog. */
const iepLists = [
  { key: 'assessments', title: 'planRecord.changes.assessments', item: 'assessment' },
  { key: 'contactAttempts', title: 'planRecord.changes.contactAttempts', item: 'contactAttempt' },
] as const;

const emptyList: ListDiff = { added: [], removed: [], changed: [] };

/** "2 goals added": one key per kind of item and change, so each language can agree its words. */
const count = (n: number, item: ItemWord, change: 'Added' | 'Removed' | 'Changed') => translateKey(`versions.changes.${item}${change}` as ParseKeys, { count: n });

/** "2 goals changed, 1 support added": the gist, for the status line and the dialog. */
export function changesSummary(diff: PlanDiff): string {
  if (isEmptyDiff(diff)) return i18n.t('versions.noChanges');
  const parts: string[] = [];
  for (const group of groups) {
    const list = diff[group.key];
    if (list.added.length) parts.push(count(list.added.length, group.item, 'Added'));
    if (list.removed.length) parts.push(count(list.removed.length, group.item, 'Removed'));
    if (list.changed.length) parts.push(count(list.changed.length, group.item, 'Changed'));
  }
  for (const group of iepLists) {
    const list = diff[group.key] ?? emptyList;
    if (list.added.length) parts.push(count(list.added.length, group.item, 'Added'));
    if (list.removed.length) parts.push(count(list.removed.length, group.item, 'Removed'));
    if (list.changed.length) parts.push(count(list.changed.length, group.item, 'Changed'));
  }
  const others = diff.sections.length + (diff.parts ?? []).length;
  if (others) parts.push(count(others, 'section', 'Changed'));
  const sentence = parts.join(', ');
  return i18n.t('versions.sentence', { parts: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}` });
}

interface ChangesListProps {
  changes: PlanDiff;
  /** Level of the group headings ("Goals", "Services"...) under the surrounding heading. */
  headingLevel?: HeadingLevel;
  emptyText?: string;
}

/** A plan diff grouped by part of the plan: added, removed, then changed with word-level edits. */
export function ChangesList({ changes, headingLevel = 3, emptyText }: ChangesListProps) {
  const { t } = useTranslation();
  if (isEmptyDiff(changes)) return <p className="changes__none">{emptyText ?? t('versions.noChangesSame')}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="changes">
      {groups.map((group) => {
        const list = changes[group.key];
        if (list.added.length + list.removed.length + list.changed.length === 0) return null;
        return (
          <section key={group.key} className="changes__group" data-testid={`changes-${group.key}`}>
            <Heading className="changes__title">{t(group.title)}</Heading>
            <ListChanges list={list} />
          </section>
        );
      })}
      {iepLists.map((group) => {
        const list = changes[group.key] ?? emptyList;
        if (list.added.length + list.removed.length + list.changed.length === 0) return null;
        return (
          <section key={group.key} className="changes__group" data-testid={`changes-${group.key}`}>
            <Heading className="changes__title">{t(group.title)}</Heading>
            <ListChanges list={list} />
          </section>
        );
      })}
      {(changes.parts ?? []).map((part) => (
        <section key={part.part} className="changes__group" data-testid={`changes-${part.part}`}>
          <Heading className="changes__title">{t(`planRecord.changes.${part.part}`)}</Heading>
          <ul className="changes__items">
            <li className="changes__item">
              <p className="changes__kind"><PencilLine size={18} aria-hidden="true" /> {t('versions.kindChanged')}</p>
              <dl className="changes__fields">
                {part.fields.map((field) => <FieldRow key={field.field} change={field} />)}
              </dl>
            </li>
          </ul>
        </section>
      ))}
      {changes.sections.length > 0 && (
        <section className="changes__group">
          <Heading className="changes__title">{t('versions.otherSections')}</Heading>
          <ul className="changes__items">
            {changes.sections.map((change) => (
              <li key={change.field} className="changes__item">
                <p className="changes__kind"><PencilLine size={18} aria-hidden="true" /> {t('versions.kindChanged')}</p>
                <FieldRow change={change} strong />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ListChanges({ list }: { list: ListDiff }) {
  const { t } = useTranslation();
  return (
    <ul className="changes__items">
      {list.added.map((item) => (
        <li key={`added-${item.id}`} className="changes__item changes__item--added">
          <p className="changes__kind"><Plus size={18} aria-hidden="true" /> {t('versions.kindAdded')}</p>
          <p className="changes__label">{item.label}</p>
        </li>
      ))}
      {list.removed.map((item) => (
        <li key={`removed-${item.id}`} className="changes__item changes__item--removed">
          <p className="changes__kind"><Minus size={18} aria-hidden="true" /> {t('versions.kindRemoved')}</p>
          <p className="changes__label"><del>{item.label}</del></p>
        </li>
      ))}
      {list.changed.map((item) => (
        <li key={`changed-${item.id}`} className="changes__item">
          <p className="changes__kind"><PencilLine size={18} aria-hidden="true" /> {t('versions.kindChanged')}</p>
          <p className="changes__label">{item.label}</p>
          <dl className="changes__fields">
            {item.fields.map((field) => <FieldRow key={field.field} change={field} />)}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function FieldRow({ change, strong = false }: { change: FieldChange; strong?: boolean }) {
  const content = (
    <>
      <dt className={strong ? 'changes__label' : 'changes__field-label'}>{change.label}</dt>
      <dd className="changes__field-value"><WordDiff change={change} /></dd>
    </>
  );
  return strong ? <dl className="changes__fields">{content}</dl> : <div className="changes__field">{content}</div>;
}
