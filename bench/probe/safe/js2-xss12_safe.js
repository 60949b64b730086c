$('#x').text(user.name);
