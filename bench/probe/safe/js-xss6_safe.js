$('#result').text(response.message);
