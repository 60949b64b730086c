import React from 'react';

function createMarkup(html) {
  return { __html: html };
}

export default function Article({ article }) {
  return (
    <section>
      <h2>{article.title}</h2>
      <div dangerouslySetInnerHTML={createMarkup(article.content)} />
    </section>
  );
}
