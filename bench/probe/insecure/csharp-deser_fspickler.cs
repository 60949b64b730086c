var obj = FsPickler.CreateBinarySerializer().UnPickle<object>(bytes);
