$('.msg').append('<p>' + msg + '</p>');
