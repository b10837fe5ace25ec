/**
 * Map layer: events with a place in the period before the chosen date (by default the last
 * EVENTS_WINDOW_YEARS years), coloured by kind. The source holds every placed event once; `show`
 * only changes the filter and visibility. Clicking a marker opens a popup with the summary and,
 * for a summit, who attended and who stayed away where sources say.
 */
import { Popup, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasEvent } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';
import { attendanceText, eventAttendance } from '../panels/event-attendance.js';
import { EVENTS_WINDOW_YEARS, eventFeatures, eventWindow, eventsInWindowFilter } from './overlay-features.js';
import { EVENT_RING_COLOUR } from './operator-colours.js';
import { BASES_LAYER_ID } from './bases-layer.js';
import { OVERLAY_BENEATH_LAYER, OverlayLayer } from './overlay-layer.js';

export const EVENTS_SOURCE_ID = 'overlay-events';
export const EVENTS_LAYER_ID = 'overlay-events-circle';

type EventsView = { day: IsoDay; visible: boolean; years: number };

export class EventsLayer extends OverlayLayer<AtlasEvent, EventsView> {
  constructor(
    map: MapLibreMap,
    events: readonly AtlasEvent[],
    /** Add the layer at once (the style is known to be loaded) rather than on the map's 'load'. */
    addNow = false,
    /** Names for the attendance line of a summit's popup (codes without it). */
    private readonly stateName: (iso3: string) => string = (iso3) => iso3,
  ) {
    super(map, EVENTS_SOURCE_ID, events, addNow);
  }

  /** Show the events of the `years` before the day, up to it (or hide the layer). */
  show(day: IsoDay, visible: boolean, years: number = EVENTS_WINDOW_YEARS): void {
    this.view({ day, visible, years });
  }

  protected features(events: readonly AtlasEvent[]) {
    return eventFeatures(events);
  }

  protected applyView({ day, visible, years }: EventsView): void {
    this.map.setFilter(EVENTS_LAYER_ID, eventsInWindowFilter(eventWindow(day, years)));
    this.map.setLayoutProperty(EVENTS_LAYER_ID, 'visibility', visible ? 'visible' : 'none');
  }

  protected addLayers(): void {
    // Under the base markers, which are fewer and larger.
    const beforeId = this.map.getLayer(BASES_LAYER_ID) ? BASES_LAYER_ID : this.map.getLayer(OVERLAY_BENEATH_LAYER) ? OVERLAY_BENEATH_LAYER : undefined;
    this.map.addLayer(
      {
        id: EVENTS_LAYER_ID,
        type: 'circle',
        source: EVENTS_SOURCE_ID,
        layout: { visibility: 'none' },
        paint: {
          'circle-color': ['get', 'colour'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 3, 6, 5.5],
          'circle-opacity': 0.85,
          'circle-stroke-color': EVENT_RING_COLOUR,
          'circle-stroke-width': 1.2,
        },
      },
      beforeId,
    );
    this.map.on('click', EVENTS_LAYER_ID, (e) => this.openPopup(e));
    this.map.on('mouseenter', EVENTS_LAYER_ID, () => {
      this.map.getCanvas().style.cursor = 'pointer';
    });
  }

  private openPopup(e: MapLayerMouseEvent): void {
    // Several events can share a place (summit cities): list them all, newest first.
    const ids = (e.features ?? []).map((f) => f.properties.id).filter((id): id is string => typeof id === 'string');
    const events = [...new Set(ids)].map((id) => this.byId.get(id)).filter((ev): ev is AtlasEvent => ev !== undefined);
    const first = events[0];
    if (!first?.place) return;
    this.popup?.remove();
    this.popup = new Popup({ closeButton: true, maxWidth: '300px', className: 'overlay-popup' })
      .setLngLat([first.place.lon, first.place.lat])
      .setDOMContent(
        h('div', {},
          ...events
            .sort((a, b) => (a.date < b.date ? 1 : -1))
            .map((ev) => h('div', { className: 'popup-event', 'data-event': ev.id },
              h('strong', {}, ev.title),
              h('div', { className: 'muted' }, `${formatPartialDate(ev.date)} · ${ev.type}${ev.place ? ` · ${ev.place.name}` : ''}`),
              h('div', {}, ev.summary),
              ...this.attendanceLine(ev),
            )),
        ),
      )
      .addTo(this.map);
  }

  private attendanceLine(ev: AtlasEvent): HTMLElement[] {
    const attendance = eventAttendance(ev, null, this.stateName);
    return attendance ? [h('div', { className: 'muted popup-attendance' }, attendanceText(attendance))] : [];
  }
}
