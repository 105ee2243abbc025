/** Where the browser fetches the social-capital statement; the session cookie goes along by itself. */
export function statementUrl(organisationId: string, language: string, format: 'html' | 'pdf'): string {
  const params = new URLSearchParams({ lang: language.startsWith('nl') ? 'nl' : 'en', format });
  return `/api/v1/organisations/${encodeURIComponent(organisationId)}/statement?${params.toString()}`;
}
