const matches = items.filter(i => i.name.match(new RegExp(q, 'i')));
