const yaml = require('js-yaml');
const cfg = yaml.load(req.body.yaml);
