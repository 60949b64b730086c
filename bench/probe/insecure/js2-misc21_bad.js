const parsed = YAML.parse(text, { customTags: ['!!js/function'] });
