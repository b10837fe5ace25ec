/**
 * The largest canvas the map can be drawn into at full resolution here: the GPU's texture,
 * renderbuffer and viewport limits, and MapLibre's own canvas cap (it would otherwise lower the
 * pixel ratio without failing). Larger maps are drawn in tiles.
 */
/** MapLibre's default maxCanvasSize; AtlasMap does not raise it. */
export const MAPLIBRE_MAX_CANVAS = 4096;

export interface GpuLimits {
  maxTextureSize: number;
  maxRenderbufferSize: number;
  maxViewport: number;
  /** The largest side a map tile may have. */
  maxTile: number;
}

export function gpuLimits(): GpuLimits {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new Error('WebGL is not available in this browser, so the map cannot be rendered for export');
  const maxTextureSize = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE));
  const maxRenderbufferSize = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const maxViewport = Math.min(dims[0] ?? 0, dims[1] ?? 0);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { maxTextureSize, maxRenderbufferSize, maxViewport, maxTile: Math.min(MAPLIBRE_MAX_CANVAS, maxTextureSize, maxRenderbufferSize, maxViewport) };
}
