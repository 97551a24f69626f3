import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

let cache: Array<{ code: string; d: string }> | null = null;

/**
 * SVG paths of Morocco's 12 regions (the whole national territory) from the morocco-map package's
 * TopoJSON (ODbL: credited in the report), fitted to a width × height box.
 */
export function regionPaths(width = 240, height = 270): Array<{ code: string; d: string }> {
  if (cache) return cache;
  const topology = JSON.parse(readFileSync(require.resolve('morocco-map/data/regions.json'), 'utf8')) as Topology<{
    regions: GeometryCollection;
  }>;
  const collection = feature(topology, topology.objects.regions) as FeatureCollection<Geometry>;
  const path = geoPath(geoMercator().fitSize([width, height], collection));
  cache = collection.features.map((f) => ({ code: String(f.id), d: path(f) ?? '' }));
  return cache;
}

/** Blues from light to dark for 0 → max (same scale as the dashboard). */
export function shade(value: number, max: number): string {
  if (!value || max <= 0) return '#eef2f7';
  const steps = ['#cfe0f5', '#a6c6ec', '#6fa3dc', '#3b7cc4', '#1d5598'];
  return steps[Math.min(steps.length - 1, Math.floor((value / max) * (steps.length - 0.001)))];
}
