import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

const SHORTCUTS = [
  ['j', 'nextArticle'],
  ['k', 'previousArticle'],
  [']', 'nextEdition'],
  ['[', 'previousEdition'],
  ['/', 'search'],
  ['b', 'bookmark'],
  ['Esc', 'back'],
  ['?', 'help'],
  // 竖排 only (views/article/use-vertical-reading.ts).
  ['← →', 'verticalColumns'],
  ['PageDown / Space', 'verticalPage'],
  ['Home / End', 'verticalEnds'],
] as const;

/** The list of keyboard shortcuts, opened with "?". */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('views');
  return (
    <ModalDialog open={open} onClose={onClose} title={t('shortcuts.title')} className="shortcut-help">
      <dl className="shortcut-list">
        {SHORTCUTS.map(([key, name]) => (
          <div key={key} className="shortcut-row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
