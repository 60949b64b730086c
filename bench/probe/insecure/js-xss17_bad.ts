element.innerHTML = `<img src="${url}">`;
