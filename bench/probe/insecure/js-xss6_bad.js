$('#result').html(response.message);
