/** What draws WebGL here, and whether that is the CPU pretending to be a GPU. */
export interface WebglRasterizer {
  name: string;
  software: boolean;
}

/** WebGL renderers that draw on the CPU, as Chromium's does on a machine without a usable GPU. */
const SOFTWARE_RASTERIZERS = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * The rasterizer WebGL 2 would use here, or null when there is no WebGL 2 at all. Read from a
 * throwaway context, which is released at once (browsers cap live WebGL contexts).
 */
export function webglRasterizer(): WebglRasterizer | null {
  detected ??= { value: detect() };
  return detected.value;
}

let detected: { value: WebglRasterizer | null } | undefined;

function detect(): WebglRasterizer | null {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { name, software: SOFTWARE_RASTERIZERS.test(name) };
}
