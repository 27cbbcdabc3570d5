/**
 * Test material made from the bundled editions (imported raw through Vite,
 * since renderer code has no file system): real OCR text as HostFiles, and
 * the pages of one edition with a printed jump between them.
 * Used by the store and import unit tests only.
 */
import type { HostFile } from '../../src-shared/host';
import seed000 from '../../seeds/000_d5cc7c2ae093488f.txt?raw';
import seed003 from '../../seeds/003_9ab4256ef58901f2.txt?raw';
import seed004 from '../../seeds/004_32f8abd5096c7909.txt?raw';

export const SEED_000 = { name: '000_d5cc7c2ae093488f.txt', text: seed000 };
/** Masthead 株洲日报 2022年8月24日; ends two stories with 下转02版① and 下转02版②. */
export const SEED_003 = { name: '003_9ab4256ef58901f2.txt', text: seed003 };
export const SEED_004 = { name: '004_32f8abd5096c7909.txt', text: seed004 };

export function hostFile(name: string, bytes: Uint8Array | string): HostFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, read: async () => data };
}

/**
 * Page 01 and page 02 of the 2022-08-24 edition: page 01 is seed 003 as
 * printed; page 02 carries the two continuations (`上接01版①`, `上接01版②`)
 * as printed in seed 004, under the same masthead.
 */
export function twoPageEdition(): { page1: HostFile; page2: HostFile } {
  const lines = seed004.split('\n');
  const firstJump = lines.findIndex((line) => line.startsWith('上接01版①'));
  const page2Text = ['株洲日报', '', '2022年8月24日 星期三', '', ...lines.slice(firstJump)].join('\n');
  return {
    page1: hostFile('株洲日报_2022-08-24_01.txt', seed003),
    page2: hostFile('株洲日报_2022-08-24_02.txt', page2Text),
  };
}
