const merged = _.merge({}, defaults, JSON.parse(body));
