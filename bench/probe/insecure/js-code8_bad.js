setInterval(`update(${x})`, 1000);
