pb.command("bash", "-c", script);
