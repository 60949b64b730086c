Process.Start("git", string.Format("clone {0}", repoUrl));
