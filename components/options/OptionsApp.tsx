import { browser } from 'wxt/browser';
import { formatBytes } from '../../lib/format';
import { BackupSection } from './BackupSection';
import { ImportedGuidesSection } from './ImportedGuidesSection';
import { RetryNotice, SectionSkeleton, useRowRemoval } from './section-states';
import { BrandBar } from '../shared/BrandBar';
import { ErrorNotice } from '../shared/ErrorNotice';
import { usePanelShortcut } from '../shared/use-panel-shortcut';
import { Icon } from '../shared/Icon';
import type { DataCounts, StorageUse } from '../../lib/storage/usage';
import { useEnabledSites } from './use-enabled-sites';
import { useStoredData, type StoredData } from './use-stored-data';
import { type EnabledSite } from '../../lib/extension/site-access';
import { ShortcutKeys } from '../shared/ShortcutKeys';
import { plural } from '../shared/wording';
import { failureText } from '../shared/failure-text';
import './options.css';

/**
 * The options page: the career sites the user enabled, what PrepPanel keeps on this
 * device, the guides the user imported, its backup, and the shortcut that opens the panel.
 * Readable from a 360 px popup-sized window up to a full tab (a centred, width-limited column).
 */
export function OptionsApp() {
  const data = useStoredData();
  const recount = data.status === 'ready' ? data.refresh : data.status === 'error' ? data.retry : noop;
  return (
    <div className="app app-page app-options">
      <BrandBar />
      <main className="page-main">
        <header className="page-header">
          <h1 className="page-title">Settings</h1>
          <p className="muted">PrepPanel keeps your preparation in this browser. Here is what it may read and what it keeps.</p>
        </header>
        <SitesSection />
        <DataSection data={data} />
        <ImportedGuidesSection onDataChanged={recount} />
        <BackupSection
          recordings={data.status === 'ready' ? { count: data.counts.recordings, bytes: data.counts.recordingBytes } : undefined}
          onDataChanged={recount}
        />
        <ShortcutSection />
      </main>
    </div>
  );
}

function SitesSection() {
  const sites = useEnabledSites();
  const { heading, removing, removeRow } = useRowRemoval(
    (site: EnabledSite) => site.pattern,
    sites.status === 'ready' ? sites.remove : undefined,
  );

  return (
    <section className="card options-section" aria-labelledby="options-sites" data-testid="options-sites">
      <h2 id="options-sites" className="section-title" tabIndex={-1} ref={heading}>
        Sites you enabled
      </h2>
      <p className="section-intro">
        Company career sites where you allowed PrepPanel to read job postings, one site at a time. The job sites it
        knows (amazon.jobs, LinkedIn, Indeed, Glassdoor, Greenhouse, Lever, Workday, Ashby, SmartRecruiters and
        Workable) need no permission and are not listed.
      </p>
      {sites.status === 'loading' ? (
        <SectionSkeleton label="Reading the enabled sites…" />
      ) : sites.status === 'error' ? (
        <RetryNotice message={sites.message} retry={sites.retry} />
      ) : sites.sites.length === 0 ? (
        <p className="options-empty" data-testid="options-no-sites">
          You have not enabled PrepPanel on any other site. On a company&rsquo;s careers page, open the PrepPanel
          popup from the toolbar and choose &ldquo;Enable on&rdquo; that site.
        </p>
      ) : (
        <ul className="site-list" aria-label="Enabled sites">
          {sites.sites.map((site) => (
            <li key={site.pattern} className="site-row" data-site={site.pattern}>
              <span className="site-host">{site.host}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={removing === site.pattern}
                onClick={() => removeRow(site)}
              >
                Remove<span className="visually-hidden"> {site.host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {sites.status === 'ready' && sites.error ? <ErrorNotice>{sites.error}</ErrorNotice> : null}
    </section>
  );
}

function noop() {}

/** Past this share of the quota the page warns that space is running out. */
const NEARLY_FULL = 0.8;

function StorageLine({ storage, recordingBytes }: { storage: StorageUse | undefined; recordingBytes: number }) {
  const recordingsLine =
    recordingBytes > 0 ? <p data-testid="options-recordings-size">Recorded answers take {formatBytes(recordingBytes)} of it.</p> : null;
  if (!storage) {
    return (
      <div className="storage-use" data-testid="options-storage">
        <p className="muted">This browser does not say how much space the extension uses.</p>
        {recordingBytes > 0 ? <p data-testid="options-recordings-size">Recorded answers take {formatBytes(recordingBytes)}.</p> : null}
      </div>
    );
  }
  const share = storage.quota > 0 ? Math.min(1, storage.usage / storage.quota) : 0;
  return (
    <div className="storage-use" data-testid="options-storage">
      <p>
        <strong>{formatBytes(storage.usage)}</strong> used of the {formatBytes(storage.quota)} this browser allows
        PrepPanel.
      </p>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${Math.max(share * 100, storage.usage > 0 ? 1 : 0)}%` }} />
      </span>
      {recordingsLine}
      {share >= NEARLY_FULL ? (
        <p className="notice notice-warning" data-testid="options-nearly-full">
          <Icon name="alert" />
          <span>
            The space is nearly full. When the browser refuses to store more, PrepPanel tells you and keeps everything
            saved before; delete recordings you no longer need to make room.
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** What "Your data" counts, each with the name its tile shows. */
const TALLIES: readonly { count: string; key: Exclude<keyof DataCounts, 'recordingBytes'>; label: string }[] = [
  { count: 'ticks', key: 'ticks', label: 'Ticked items' },
  { count: 'stories', key: 'stories', label: 'Stories' },
  { count: 'requirements', key: 'requirementNotes', label: 'Requirement notes' },
  { count: 'applications', key: 'applications', label: 'Applications' },
  { count: 'practised', key: 'practisedQuestions', label: 'Practised questions' },
  { count: 'recordings', key: 'recordings', label: 'Recordings' },
  { count: 'imported-guides', key: 'importedGuides', label: 'Imported guides' },
  { count: 'own-items', key: 'ownItems', label: 'Your own items' },
];

function countsSentence(counts: DataCounts): string {
  return [
    plural(counts.ticks, 'ticked item'),
    plural(counts.stories, 'story', 'stories'),
    plural(counts.requirementNotes, 'requirement note'),
    plural(counts.applications, 'application'),
    plural(counts.practisedQuestions, 'practised question'),
    plural(counts.recordings, 'recording'),
    plural(counts.importedGuides, 'imported guide'),
    plural(counts.ownItems, 'item of your own', 'items of your own'),
  ].join(', ');
}

function DataSection({ data }: { data: StoredData }) {
  return (
    <section className="card options-section" aria-labelledby="options-data" data-testid="options-data">
      <h2 id="options-data" className="section-title">
        Your data
      </h2>
      <p className="section-intro">What PrepPanel keeps in this browser, on this device.</p>
      {data.status === 'loading' ? (
        <SectionSkeleton label="Counting your data…" />
      ) : data.status === 'error' ? (
        <RetryNotice message={data.message} retry={data.retry} />
      ) : (
        <>
          <dl className="tallies">
            {TALLIES.map(({ count, key, label }) => (
              <div key={count} className="tally" data-count={count}>
                <dt>{label}</dt>
                <dd>{data.counts[key]}</dd>
              </div>
            ))}
          </dl>
          <StorageLine storage={data.storage} recordingBytes={data.counts.recordingBytes} />
          <div className="form-actions">
            <button type="button" className="button button-secondary button-small" onClick={data.refresh}>
              Count again
            </button>
            <span className="visually-hidden" role="status">
              {`${countsSentence(data.counts)}.`}
            </span>
          </div>
        </>
      )}
      <p className="notice notice-info">
        <Icon name="check" />
        <span>
          Nothing leaves your machine: PrepPanel makes no network requests, has no account and no analytics. Removing
          the extension deletes what it kept.
        </span>
      </p>
    </section>
  );
}

/** Chrome lets an extension page open its shortcut settings; Firefox does not (about: pages). */
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX ? undefined : 'chrome://extensions/shortcuts';

function ShortcutSection() {
  const shortcut = usePanelShortcut();
  const [error, setError] = useState<string>();
  const openSettings = () => {
    if (!SHORTCUT_SETTINGS) return;
    setError(undefined);
    browser.tabs.create({ url: SHORTCUT_SETTINGS }).catch((reason: unknown) =>
      setError(`The shortcut settings could not be opened: ${failureText(reason)}`),
    );
  };
  return (
    <section className="card options-section" aria-labelledby="options-shortcut" data-testid="options-shortcut">
      <h2 id="options-shortcut" className="section-title">
        Keyboard shortcut
      </h2>
      {shortcut === undefined ? (
        <SectionSkeleton label="Reading the shortcut…" />
      ) : shortcut ? (
        <p data-testid="options-shortcut-keys">
          Open the side panel with{' '}
          <ShortcutKeys shortcut={shortcut} />
          .
        </p>
      ) : (
        <p data-testid="options-shortcut-keys">No keyboard shortcut is set for opening the side panel.</p>
      )}
      {SHORTCUT_SETTINGS ? (
        <>
          <p className="muted">
            Change it in your browser&rsquo;s extension shortcuts: <code className="options-code">{SHORTCUT_SETTINGS}</code>
          </p>
          <button type="button" className="button button-secondary" onClick={openSettings}>
            Open shortcut settings
          </button>
        </>
      ) : (
        <p className="muted">
          Change it in Firefox: open <code className="options-code">about:addons</code>, choose the gear button, then
          &ldquo;Manage Extension Shortcuts&rdquo;.
        </p>
      )}
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
    </section>
  );
}
