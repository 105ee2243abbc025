import { Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The pages of the chosen organisation, one link each; the current one is marked for eye and screen reader. */
const PAGES = [
  { to: '/', label: 'nav.overview', exact: true },
  { to: '/stakeholders', label: 'nav.stakeholders', exact: false },
  { to: '/map', label: 'nav.map', exact: false },
  { to: '/scans', label: 'nav.scans', exact: false },
  { to: '/decisions', label: 'nav.decisions', exact: false },
  { to: '/settings', label: 'nav.settings', exact: false },
] as const;

export function WorkspaceNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="tl-nav">
      <Group gap={4} wrap="nowrap">
        {PAGES.map((page) => (
          <Link
            key={page.to}
            to={page.to}
            className="tl-nav-link"
            activeOptions={{ exact: page.exact }}
            activeProps={{ 'aria-current': 'page' }}
            data-testid={`nav-${page.to === '/' ? 'overview' : page.to.slice(1)}`}
          >
            {t(page.label)}
          </Link>
        ))}
      </Group>
    </nav>
  );
}
