import type { Setting } from './roles';

/**
 * How each setting is drawn wherever data is charted, in the app and in its exports alike:
 * a colour AND a shape (school circle, clinic square, home triangle), so a chart reads the same
 * in greyscale, on a washed-out meeting-room projector, on paper and for people who do not tell
 * these colours apart. All three colours reach 4.5:1 on white.
 */
export const settingColors: Readonly<Record<Setting, string>> = {
  school: '#1f5fae',
  clinic: '#b5470b',
  home: '#6b3fa0',
};

export type SettingShapeName = 'circle' | 'square' | 'triangle';

export const settingShapes: Readonly<Record<Setting, SettingShapeName>> = {
  school: 'circle',
  clinic: 'square',
  home: 'triangle',
};
