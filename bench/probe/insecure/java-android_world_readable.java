openFileOutput("prefs.xml", Context.MODE_WORLD_READABLE);
