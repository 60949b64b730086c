el.outerHTML = `<div>${name}</div>`;
