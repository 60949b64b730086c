const range = document.createRange();
const frag = range.createContextualFragment(userHtml);
