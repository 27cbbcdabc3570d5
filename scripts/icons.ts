/**
 * Generates every platform's app icon from the one source image, build/icon.svg:
 *   build/icons/<size>x<size>.png  (Linux, AppImage/deb; 16…1024)
 *   build/icons/icon.png           (1024 px, the master raster)
 *   build/icons/icon.ico           (Windows; PNG chunks, BMP under 64 px for old Explorer)
 *   build/icons/icon.icns          (macOS)
 * Run with `npm run icons` (CI runs it before electron-builder).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'build', 'icon.svg');
const outDir = join(root, 'build', 'icons');
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Renders the SVG at `size` pixels square. The icon is shapes only, so no fonts are loaded. */
export function renderPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

function main(): void {
  const svg = readFileSync(source, 'utf8');
  mkdirSync(outDir, { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(outDir, `${size}x${size}.png`), renderPng(svg, size));
  const master = renderPng(svg, 1024);
  writeFileSync(join(outDir, 'icon.png'), master);
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the rendered icon.');
  writeFileSync(join(outDir, 'icon.ico'), ico);
  writeFileSync(join(outDir, 'icon.icns'), icns);
  console.log(`icons: ${LINUX_SIZES.length} PNGs, icon.png, icon.ico (${ico.length} B), icon.icns (${icns.length} B) in ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
