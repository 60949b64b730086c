<a href={url} target="_blank">link</a>
