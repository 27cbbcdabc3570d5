/** Hash-route paths of the reading views (see app/App.tsx). */
export const editionHref = (key: string) => `/edition/${encodeURIComponent(key)}`;
export const articleHref = (id: string) => `/article/${encodeURIComponent(id)}`;
export const reporterHref = (name: string) => `/reporter/${encodeURIComponent(name)}`;
