import zipfile
zipfile.ZipFile(upload).extractall(dest)
