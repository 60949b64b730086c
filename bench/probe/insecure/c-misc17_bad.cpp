LoadLibraryA(dllName);
