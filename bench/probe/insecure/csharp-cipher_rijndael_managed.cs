var r = new RijndaelManaged();
