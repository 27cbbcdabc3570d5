import { useTranslation } from 'react-i18next';

/** "Deleted · Undo", announced politely to screen readers. */
export function UndoToast({ visible, onUndo }: { visible: boolean; onUndo: () => void }) {
  const { t } = useTranslation('annotations');
  return (
    <div className="annotation-undo" role="status" data-annotation-ui>
      {visible && (
        <>
          <span>{t('undo.deleted')}</span>
          <button type="button" onClick={onUndo}>
            {t('undo.undo')}
          </button>
        </>
      )}
    </div>
  );
}
