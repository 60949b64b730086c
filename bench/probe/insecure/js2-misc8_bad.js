const nodes = xpath.select(`//user[@name='${name}']`, doc);
