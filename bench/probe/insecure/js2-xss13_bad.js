$(`<div>${msg}</div>`).appendTo('body');
