import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { svgAnnotations } from './svg-annotations.js';

const projection = geoMercator().scale(100).translate([500, 300]);

describe('svgAnnotations', () => {
  it('draws labels as escaped text and arrows as a line with a head', () => {
    const svg = svgAnnotations(
      [
        { kind: 'label', id: 'a1', text: 'Kant <air> base & "radar"', lng: 74.85, lat: 42.85 },
        { kind: 'arrow', id: 'a2', text: '', lng: 70, lat: 45, toLng: 74, toLat: 42 },
      ],
      projection,
      'Noto Sans, sans-serif',
    );
    expect(svg).toContain('inkscape:label="Annotations"');
    expect(svg).toContain('Kant &lt;air&gt; base &amp; &quot;radar&quot;');
    expect(svg).not.toContain('<air>');
    expect(svg).toMatch(/<g data-annotation="a2"><line [^>]+\/><polygon points="[\d., -]+"/);
  });

  it('draws nothing without annotations', () => {
    expect(svgAnnotations([], projection, 'x')).toBe('');
  });
});
