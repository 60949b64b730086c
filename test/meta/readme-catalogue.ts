// The catalogue as it should stand in README.md, from the registry and the lessons folder.
import path from 'node:path';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { loadLessons } from '../../src/engine/lessons';
import { renderCatalogue } from '../../src/cli/catalogue';

export const README = path.join(__dirname, '../../README.md');
export const currentCatalogue = () =>
  renderCatalogue(BUILTIN_RULES, loadLessons([{ dir: path.join(__dirname, '../../lessons'), origin: 'builtin' }]).lessons);
