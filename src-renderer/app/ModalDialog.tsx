import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

/**
 * A native modal <dialog>: focus is trapped and Esc closes it for free.
 * `open` drives showModal()/close(); onClose reports any way it closed.
 */
export function ModalDialog({ open, onClose, title, children, className }: { open: boolean; onClose: () => void; title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation('views');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`modal-dialog ${className ?? ''}`} aria-labelledby={titleId} onClose={onClose}>
      <header className="modal-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-dialog-close" onClick={onClose} aria-label={t('dialog.close')}>
          ×
        </button>
      </header>
      {open ? children : null}
    </dialog>
  );
}
