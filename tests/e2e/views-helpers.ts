import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readStore, waitForSeeds } from './import-helpers';

export interface StoredArticle {
  id: string;
  editionKey: string;
  order: number;
  headline: string | null;
  people: string[];
  paragraphs: { type: string; text: string }[];
  sourceLines: [number, number][];
  sourceSha: string;
  kind: string;
  garbled: boolean;
  page?: string | null;
}
export interface StoredEdition {
  key: string;
  date: string | null;
  articleCount: number;
}
export interface StoredSource {
  sha256: string;
  fileName: string;
}

export const editionUrl = (key: string) => `/#/edition/${encodeURIComponent(key)}`;
export const articleUrl = (id: string) => `/#/article/${encodeURIComponent(id)}`;

/** Opens the app, lets the first start import the seeds, and returns what the library holds. */
export async function openSeededLibrary(page: Page) {
  await page.goto('/');
  await waitForSeeds(page);
  const editions = await readStore<StoredEdition>(page, 'editions');
  const articles = await readStore<StoredArticle>(page, 'articles');
  const sources = await readStore<StoredSource>(page, 'sources');
  const inOrder = (key: string) => articles.filter((a) => a.editionKey === key).sort((a, b) => a.order - b.order);
  const editionOn = (date: string) => {
    const edition = editions.find((e) => e.date === date);
    if (!edition) throw new Error(`no edition dated ${date} after the first-start import`);
    return edition;
  };
  return { editions, articles, sources, inOrder, editionOn };
}

/** The lines of a bundled seed file, split the way the parser counts them. */
export function seedLines(fileName: string): string[] {
  return readFileSync(resolve(import.meta.dirname, '../../seeds', fileName), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
}

/** Picks an ISO day in a DateField (year, month and day in the app's language) named `label`, inside `scope`. */
export async function chooseDate(scope: Page | Locator, label: string, iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const group = scope.getByRole('group', { name: label, exact: true });
  await group.locator('select.date-field-year').selectOption(year);
  await group.locator('select.date-field-month').selectOption(month);
  await group.locator('select.date-field-day').selectOption(day);
}
