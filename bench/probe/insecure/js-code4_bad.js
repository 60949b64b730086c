setTimeout('doThing(' + id + ')', 100);
