el.innerHTML += '<span>' + comment.body + '</span>';
