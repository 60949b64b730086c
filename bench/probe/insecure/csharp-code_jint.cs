var engine = new Engine();
engine.Execute(userScript);
