auto q = fmt::format("DELETE FROM sessions WHERE token = '{}'", token);
W.exec(q);
