const re = RegExp(searchTerm);
