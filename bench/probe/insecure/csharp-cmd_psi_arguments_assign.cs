psi.Arguments = "/c " + cmd;
