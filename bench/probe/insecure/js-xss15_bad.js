const doc = new DOMParser().parseFromString(html, 'text/html');
document.body.appendChild(doc.body);
