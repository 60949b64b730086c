StrCpy(dest, src);
