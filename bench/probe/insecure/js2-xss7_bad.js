const html = marked.parse(comment);
container.innerHTML = html;
