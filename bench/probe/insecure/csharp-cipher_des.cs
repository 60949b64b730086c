var des = DES.Create();
