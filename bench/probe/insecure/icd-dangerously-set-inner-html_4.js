import React from 'react';
import DOMPurify from 'dompurify';

function createMarkup(html) {
  return { __html: DOMPurify.sanitize(html) };
}

export default function Description({ html }) {
  return <div className="desc" dangerouslySetInnerHTML={createMarkup(html)} />;
}
