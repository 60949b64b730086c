$.extend(true, settings, JSON.parse(location.hash.slice(1)));
