list.insertAdjacentHTML('beforeend', `<li>${item.title}</li>`);
