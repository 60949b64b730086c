// `npm run docs`: rewrites the generated catalogue in README.md.
import fs from 'node:fs';
import { withCatalogue } from '../../src/cli/catalogue';
import { README, currentCatalogue } from './readme-catalogue';

fs.writeFileSync(README, withCatalogue(fs.readFileSync(README, 'utf8'), currentCatalogue()));
