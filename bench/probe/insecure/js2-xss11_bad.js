el.innerHTML = DOMPurify.sanitize(html, { ADD_TAGS: ['script'] });
