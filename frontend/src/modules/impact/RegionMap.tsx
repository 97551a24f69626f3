import { Text } from '@mantine/core';
import { MOROCCO_REGIONS } from '@rafiq/shared';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import regionsTopology from 'morocco-map/data/regions.json';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const WIDTH = 360;
const HEIGHT = 400;

/** SVG paths of the 12 regions (whole national territory), from the morocco-map package's TopoJSON (ODbL). */
export function regionPaths(): Array<{ code: string; d: string }> {
  const topology = regionsTopology as unknown as Topology<{ regions: GeometryCollection }>;
  const collection = feature(topology, topology.objects.regions) as FeatureCollection<Geometry, Record<string, unknown>>;
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection);
  const path = geoPath(projection);
  return collection.features.map((f: Feature<Geometry, Record<string, unknown>>) => ({ code: String(f.id), d: path(f) ?? '' }));
}

/** Blues from light to dark for 0 → max. */
export function shade(value: number, max: number): string {
  if (!value || max <= 0) return '#eef2f7';
  const steps = ['#cfe0f5', '#a6c6ec', '#6fa3dc', '#3b7cc4', '#1d5598'];
  return steps[Math.min(steps.length - 1, Math.floor((value / max) * (steps.length - 0.001)))];
}

/**
 * Choropleth of beneficiaries by region. Names are the official ones (shared/src/regions.ts), never
 * the package's labels. Each region is a link-like button for the drill-down; the table next to it
 * carries the same figures for screen readers.
 */
export function RegionMap({ values, nameOf, onSelect }: { values: ReadonlyMap<string, number>; nameOf: (code: string) => string; onSelect: (code: string) => void }) {
  const { t } = useTranslation('impact');
  const paths = useMemo(() => regionPaths(), []);
  const max = Math.max(0, ...values.values());
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('map.title')} style={{ inlineSize: '100%', maxInlineSize: 420, blockSize: 'auto' }}>
        {paths.map(({ code, d }) => {
          const value = values.get(code) ?? 0;
          const label = `${nameOf(code)} : ${value}`;
          return (
            <path
              key={code}
              d={d}
              fill={shade(value, max)}
              stroke="#fff"
              strokeWidth={0.8}
              role="button"
              tabIndex={0}
              aria-label={label}
              data-region={code}
              style={{ cursor: 'pointer' }}
              onClick={() => onSelect(code)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(code);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <Text size="xs" c="dimmed">
          {t('map.credit')}
        </Text>
      </figcaption>
    </figure>
  );
}

export const REGION_CODES = MOROCCO_REGIONS.map((r) => r.code);
