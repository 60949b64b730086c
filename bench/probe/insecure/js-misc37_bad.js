const x = xpath.select(`//user[name='${name}']`, doc);
