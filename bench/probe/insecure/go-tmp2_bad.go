package main

os.WriteFile(filepath.Join(os.TempDir(), "session.json"), data, 0600)
