const yaml = require('js-yaml');
const doc = yaml.load(body, { schema: yaml.DEFAULT_FULL_SCHEMA });
