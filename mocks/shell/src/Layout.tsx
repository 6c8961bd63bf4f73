import * as React from 'react';
import { NavLink, Outlet, useNavigate, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { Icon } from './Icon';
import { t } from './i18n';
import type { ExtensionMenu } from './extensions';
import type { ShellGlobals } from './globals';

const Top = styled.header`
  display: flex;
  align-items: center;
  gap: 16px;
  height: 56px;
  padding: 0 20px;
  background: #242e42;
  color: #fff;
  label {
    font-size: 12px;
    color: #d8dee5;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  select {
    font-size: 12px;
    padding: 2px 4px;
    color: #242e42;
    background: #fff;
  }
`;

const Brand = styled.a`
  font-weight: 700;
  font-size: 16px;
  color: #fff;
  text-decoration: none;
  margin-right: auto;
`;

const Body = styled.div`
  display: flex;
  min-height: calc(100vh - 56px);
  background: #eff4f9;
`;

const Side = styled.nav`
  width: 220px;
  flex: none;
  background: #fff;
  padding: 16px 12px;
  box-shadow: 0 4px 8px 0 rgba(36, 46, 66, 0.06);
  h2 {
    font-size: 14px;
    margin: 0 8px 12px;
    color: #242e42;
    word-break: break-all;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 8px;
    border-radius: 4px;
    color: #36435c;
    text-decoration: none;
    font-size: 12px;
    font-weight: 600;
  }
  a.active {
    background: #f9fbfd;
    color: #00875a;
  }
  a:hover {
    background: #eff4f9;
  }
`;

const Main = styled.main`
  flex: 1;
  min-width: 0;
`;

function setCookieAndReload(name: string, value: string) {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Lax`;
  window.location.reload();
}

export function TopBar({ globals }: { globals: ShellGlobals }) {
  return (
    <Top>
      <Brand href="/">KubeSphere</Brand>
      <label>
        {t('SHELL_LANGUAGE')}
        <select aria-label={t('SHELL_LANGUAGE')} value={globals.user.lang} onChange={(e) => setCookieAndReload('lang', e.target.value)}>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </label>
      <label>
        {t('SHELL_CLUSTERS')}
        <select
          aria-label={t('SHELL_CLUSTERS')}
          value={globals.ksConfig.multicluster.clusterRole === 'none' ? 'single' : 'multi'}
          onChange={(e) => setCookieAndReload('emulator-clusters', e.target.value)}
        >
          <option value="multi">{t('SHELL_CLUSTERS_MULTI')}</option>
          <option value="single">{t('SHELL_CLUSTERS_SINGLE')}</option>
        </select>
      </label>
      <label>
        {t('SHELL_USER')}
        <select
          aria-label={t('SHELL_USER')}
          value={globals.user.username}
          onChange={(e) => setCookieAndReload('emulator-user', e.target.value)}
        >
          {globals.shell.users.map((u) => (
            <option key={u.username} value={u.username}>
              {u.username} ({t(u.descriptionKey)})
            </option>
          ))}
        </select>
      </label>
    </Top>
  );
}

/** The workspace sidebar: built-in items plus the extension menus registered under `workspace`. */
export function WorkspaceLayout({ navs, globals }: { navs: ExtensionMenu[]; globals: ShellGlobals }) {
  const { workspace = '' } = useParams();
  const navigate = useNavigate();
  const workspaces = globals.user.workspaces;
  return (
    <Body>
      <Side aria-label={t('SHELL_WORKSPACE_NAV')}>
        <label style={{ display: 'block', fontSize: 12, margin: '0 8px 12px' }}>
          {t('SHELL_WORKSPACE')}
          <select
            style={{ display: 'block', width: '100%', marginTop: 4 }}
            value={workspace}
            onChange={(e) => navigate(`/workspaces/${encodeURIComponent(e.target.value)}/overview`)}
          >
            {workspaces.map((ws) => (
              <option key={ws} value={ws}>
                {ws}
              </option>
            ))}
          </select>
        </label>
        <ul>
          {navs.map((nav) => (
            <li key={nav.name}>
              <NavLink to={`/workspaces/${encodeURIComponent(workspace)}/${nav.name}`} title={nav.desc ? t(nav.desc) : undefined}>
                {nav.icon ? <Icon name={nav.icon} /> : null}
                <span>{t(nav.title)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </Side>
      <Main>
        <Outlet />
      </Main>
    </Body>
  );
}

export function Overview() {
  const { workspace = '' } = useParams();
  return (
    <div style={{ padding: 20 }}>
      <h1 style={{ fontSize: 20 }}>{t('SHELL_OVERVIEW')}</h1>
      <p>{t('SHELL_OVERVIEW_DESC', { workspace })}</p>
    </div>
  );
}

export function NotFound() {
  return (
    <div style={{ padding: 20 }}>
      <h1 style={{ fontSize: 20 }}>404</h1>
      <p>{t('SHELL_NOT_FOUND')}</p>
    </div>
  );
}
