import shutil
shutil.unpack_archive(uploaded, extract_dir)
