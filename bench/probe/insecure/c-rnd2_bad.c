session_id = random();
