const msg = `Update failed for ${id}`;
