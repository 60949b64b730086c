$('#x').html(`<b>${user.name}</b>`);
