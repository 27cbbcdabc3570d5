import { FrontPage } from './FrontPage';

/** Opens on the newest edition's front page (or, in an empty library, a word of explanation). */
export function HomePage() {
  return <FrontPage editionKey={null} />;
}
