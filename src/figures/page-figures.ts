/**
 * The figures each page shows, as data: a view to draw plus its caption and
 * description. Pages take them from here and src/components/Figures.astro
 * draws them, so no component computes a view.
 */
import type { Activity, Forum, Model, Region } from '../model/model.ts';
import type { Locale } from '../schemas/vocab.ts';
import { countryName } from '../model/countries.ts';
import { t, tn } from '../i18n/ui.ts';
import { formatList, numberFormat } from '../i18n/format.ts';

const formatNumber = (n: number, locale: Locale) => numberFormat(locale).format(n);
import { countryLocatorView, entryLocatorView, regionMapView, regionViewId, worldMapView, type MapView } from './map-view.ts';
import { entityUrl, pageUrl } from '../presentation/urls.ts';
import {
  CONTEXT_MAX,
  contextOf,
  contextTimelineView,
  contextVerticalTimelineView,
  regionTimelineView,
  regionVerticalTimelineView,
  type TimelineView,
  type VerticalTimelineView,
} from './timeline-view.ts';

interface Captioned {
  title: string;
  desc: string;
}
/** Props of a component that draws one view as SVG, with the figure's title and description as its accessible name. */
export interface SvgProps<V> extends Captioned {
  view: V;
}
/** A map, with its countries listed by region under it when `countries` is set (world map). */
interface MapFigureData extends Captioned {
  type: 'map';
  view: MapView;
  countries?: boolean;
  /** Sentences beside the map, e.g. how many items it cannot place and why. */
  notes?: string[];
  /** The items it cannot place, linked, listed with its table. */
  unplaced?: { title: string; href: string }[];
}
interface TimelineFigureData extends Captioned {
  type: 'timeline';
  view: TimelineView;
  /** The same items down the page, for narrow screens. */
  vertical?: VerticalTimelineView;
  /** Draw only `vertical`, at every width. */
  narrowOnly?: boolean;
  /** What the drawing leaves out (a context timeline's cap), and where all of it is. */
  more?: { text: string; href: string; link: string };
}
export type FigureData = MapFigureData | TimelineFigureData;

const map = (view: MapView, title: string, desc: string): MapFigureData => ({ type: 'map', view, title, desc });
const timeline = (view: TimelineView | undefined, title: string, desc: string, vertical?: VerticalTimelineView): TimelineFigureData[] =>
  view ? [{ type: 'timeline', view, title, desc, vertical }] : [];

/** A forum's or activity's locator map and its context timeline (none for an undated activity). */
export function entryFigures(model: Model, entry: Forum | Activity, locale: Locale): FigureData[] {
  const name = entry.text[locale].title;
  const locator = map(
    entryLocatorView(model, entry, locale),
    t(locale, 'viz.locator.title', { name }),
    t(locale, 'viz.locator.desc', { name }),
  );
  const more = contextOf(model, entry)?.more ?? 0;
  return [
    model.venueCountryOf(entry) === undefined ? { ...locator, notes: [t(locale, 'viz.locator.novenue')] } : locator,
    // Down the page at every width, as on region pages: it fits a phone, and one drawing keeps the page light.
    ...timeline(
      contextTimelineView(model, entry, locale),
      t(locale, 'viz.context.title', { name }),
      t(locale, 'viz.context.desc', { name }),
      contextVerticalTimelineView(model, entry, locale),
    ).map((f) => ({
      ...f,
      narrowOnly: true,
      ...(more > 0 && {
        more: {
          text: tn(locale, 'viz.context.more', more, { shown: formatNumber(CONTEXT_MAX, locale) }),
          href: pageUrl(locale, 'timeline'),
          link: t(locale, 'viz.context.all'),
        },
      }),
    })),
  ];
}

/** A region page's map (fitted to its members) and its lane of the timeline. */
export function regionFigures(model: Model, region: Region, locale: Locale): FigureData[] {
  const name = region.text[locale].title;
  const items = [...model.forums, ...model.activities].filter((e) =>
    'region' in e.facts ? e.facts.region === region.id : e.facts.regions.includes(region.id),
  );
  const unplaced = items.filter((e) => model.venueCountryOf(e) === undefined).length;
  const view = regionMapView(model, region, locale);
  const regionMap = map(view, t(locale, 'viz.region.map.title', { region: name }), t(locale, 'viz.region.map.desc', { region: name }));
  // Why some items are not on it: no venue in the document, or a venue beyond the region.
  const notes = [
    ...(unplaced > 0 ? [tn(locale, 'viz.region.unplaced', unplaced, { total: formatNumber(items.length, locale) })] : []),
    ...(view.outside ? [t(locale, 'viz.region.outside', { items: formatList(locale, view.outside) })] : []),
  ];
  // One lane reads as well down the page at every width, and one drawing keeps the page light.
  const lane = timeline(
    regionTimelineView(model, region, locale),
    t(locale, 'viz.region.timeline.title', { region: name }),
    t(locale, 'viz.region.timeline.desc', { region: name }),
    regionVerticalTimelineView(model, region, locale),
  ).map((f) => ({ ...f, narrowOnly: true }));
  return [notes.length > 0 ? { ...regionMap, notes } : regionMap, ...lane];
}

/** A country page's locator map, when the country can be placed. */
export function countryFigures(model: Model, iso: string, locale: Locale): FigureData[] {
  const view = countryLocatorView(model, iso, locale);
  const name = countryName(iso, locale);
  return view ? [map(view, t(locale, 'viz.locator.title', { name }), t(locale, 'viz.locator.desc', { name }))] : [];
}

/** The home page's overview map: regions (named, linked) and offices. */
export function homeFigures(model: Model, locale: Locale): FigureData[] {
  return [
    map(
      worldMapView(model, locale, { pins: false, key: 'home-map', width: 600 }),
      t(locale, 'viz.legend.regions'),
      t(locale, 'viz.home.desc'),
    ),
  ];
}

/** Forums and activities the map cannot place: the document states no venue (place or country) for them. A host is not a venue. */
function unplacedItems(model: Model): (Forum | Activity)[] {
  return [...model.forums, ...model.activities].filter((e) => model.venueCountryOf(e) === undefined);
}

/** The map page's world map, with every region's countries listed under it and the count of items it cannot place. */
export function worldFigures(model: Model, locale: Locale): FigureData[] {
  const unplaced = unplacedItems(model);
  const note = tn(locale, 'viz.map.unplaced', unplaced.length, {
    total: formatNumber(model.forums.length + model.activities.length, locale),
  });
  return [
    {
      ...map(worldMapView(model, locale), t(locale, 'viz.map.title'), t(locale, 'viz.map.desc')),
      countries: true,
      notes: [note],
      unplaced: unplaced.map((e) => ({ title: e.text[locale].title, href: entityUrl(locale, e.collection, e.id) })),
    },
  ];
}

/** The map page's links to each region's view (the map on the region's page, cropped to the region). */
export function regionViewLinks(model: Model, locale: Locale): { label: string; href: string }[] {
  return model.regions.map((r) => ({ label: r.text[locale].title, href: `${entityUrl(locale, 'regions', r.id)}#${regionViewId(r.id)}` }));
}
