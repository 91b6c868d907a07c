import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './spec.js';

const require = createRequire(import.meta.url);

/** Inter (OFL), shipped in the package: the PNG looks the same on a bare server image with no system fonts. */
export const CHART_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

export interface PngImage {
  png: Buffer;
  width: number;
  height: number;
}

/** Rasterises a chart SVG at `scale` (2 for sharp text on high-density screens) with the bundled font only. */
export function renderSvgToPng(svg: string, scale = 2): PngImage {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [CHART_FONT_FILES.regular, CHART_FONT_FILES.bold], defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
