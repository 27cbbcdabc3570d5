import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostFile } from '../../src-shared/host';
import { hostFileFromFile } from '../host/browser-host';
import { filesFromDataTransfer } from './dropped-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Drag-and-drop of files (and folders) anywhere onto the window. While
 * something droppable is over the window, a hint covers it.
 */
export function DropZone({ onFiles }: { onFiles: (files: HostFile[]) => void }) {
  const { t } = useTranslation('import');
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      void filesFromDataTransfer(event.dataTransfer, hostFileFromFile).then((files) => {
        if (files.length) onFiles(files);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);

  if (!over) return null;
  return (
    <div className="import-drop-overlay" aria-hidden="true">
      <p>{t('drop.hint')}</p>
    </div>
  );
}
